/**
 * What the search page's script (./search-client.ts) finds in the markup the server renders
 * (./search-app.tsx): one module for both, so a renamed hook cannot leave the two apart.
 */
export const SEARCH_HOOKS = {
  /** The element the whole search lives in. */
  app: 'data-search-app',
  filtersToggle: 'data-search-filters-toggle',
  /** Where the phone's Filters button says how many filters are on. */
  filterCount: 'data-search-filter-count',
  status: 'data-search-status',
  /** A block shown in one state of the search: "empty" or "no-results". */
  state: 'data-search-state',
  /** Text of the no-results block shown only when the search had a query, had filters, or had no query. */
  shownWhen: 'data-search-shown-when',
  /** Where the no-results block repeats the query. */
  queryEcho: 'data-search-query-echo',
  /** The results: a section with their list. */
  results: 'data-search-results',
  /** The <template> of one result. */
  resultTemplate: 'data-search-result',
  /** The <template> of a verdict's badge, one per sentiment. */
  badgeTemplate: 'data-search-badge',
  /** The slots of a result's template. */
  resultBadge: 'data-result-badge',
  resultDate: 'data-result-date',
  resultLink: 'data-result-link',
  resultExcerpt: 'data-result-excerpt',
} as const;

/** Results listed at once; the status says how many more there are. */
export const RESULTS_SHOWN = 20;
