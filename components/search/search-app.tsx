'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { HYDRATED_ATTRIBUTE } from '@/lib/client-runtime';
import { formatDate } from '@/lib/dates';
import { isEmptySearch, pagefindFilters, parseSearchParams, searchParamsOf, type SearchRequest } from '@/lib/search-params';
import { isSentiment, SENTIMENT_META, SENTIMENTS } from '@/lib/sentiment';
import type { Tag } from '@/lib/tags';
import { isSearchShardList } from '@/lib/search-index';
import { SEARCH_PATH, SEARCH_SHARDS_PATH, searchShardPath, withBasePath } from '@/lib/urls';
import { SentimentBadge } from '../sentiment-badge';
import { EmptySearch, NoResults } from './search-suggestions';

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string; date?: string; sentiment?: string };
}
interface PagefindOptions {
  excerptLength?: number;
  excerptEllipsis?: string;
}
interface Pagefind {
  options: (options: PagefindOptions) => Promise<void>;
  mergeIndex: (indexPath: string, options: PagefindOptions) => Promise<void>;
  destroy?: () => Promise<void>;
  search: (query: string | null, options: { filters: Record<string, string> }) => Promise<{ results: Array<{ data: () => Promise<PagefindResult> }> }>;
}

const RESULTS_SHOWN = 20;
/** Words in an excerpt; Pagefind marks a cut at either end with the ellipsis. */
const PAGEFIND_OPTIONS: PagefindOptions = { excerptLength: 32, excerptEllipsis: '…' };
const FILTERS_ID = 'search-filters';

/**
 * Pagefind's client and index are fetched on first use, so they never weigh on other pages. The
 * index comes in shards (lib/search-index.ts): the first shard's client loads, and the others join
 * it, sharing its WebAssembly; one search then ranks the results of all together.
 */
let pagefindPromise: Promise<Pagefind | undefined> | undefined;
const isPagefind = (loaded: unknown): loaded is Pagefind =>
  typeof loaded === 'object' &&
  loaded !== null &&
  ['search', 'options', 'mergeIndex'].every((name) => name in loaded && typeof (loaded as Record<string, unknown>)[name] === 'function');
/** Undefined when the index is empty: the archive has no article yet. */
async function importPagefind(): Promise<Pagefind | undefined> {
  // Asked again on every page load: a list cached from before a deployment could name other shards.
  const response = await fetch(withBasePath(SEARCH_SHARDS_PATH), { cache: 'no-cache' });
  const list: unknown = response.ok ? await response.json() : undefined;
  if (!isSearchShardList(list)) throw new Error(`${SEARCH_SHARDS_PATH} is not a list of search shards; was the index built?`);
  const [first, ...others] = list.shards.map((shard) => withBasePath(searchShardPath(shard.folder)));
  if (first === undefined) return undefined;
  const loaded: unknown = await import(/* webpackIgnore: true */ `${first}pagefind.js`);
  if (!isPagefind(loaded)) throw new Error(`${first}pagefind.js has no search(), options() or mergeIndex(); was the index built with a different Pagefind?`);
  try {
    await loaded.options(PAGEFIND_OPTIONS);
    await Promise.all(others.map((shard) => loaded.mergeIndex(shard, PAGEFIND_OPTIONS)));
  } catch (error) {
    // The module stays loaded; without this, a retry would find the shard that failed still joined.
    await loaded.destroy?.();
    throw error;
  }
  return loaded;
}
/** A load that failed (a shard that did not arrive) is tried afresh by the next search. */
const loadPagefind = () =>
  (pagefindPromise ??= importPagefind().catch((error: unknown) => {
    pagefindPromise = undefined;
    throw error;
  }));

interface SearchAppProps {
  /** Every topic, busiest first: the filter's options, and the first few offered as suggestions. */
  tags: Tag[];
  authors: string[];
}

const SUGGESTED_TOPICS = 8;

/** 'starting' until the URL has been read: an empty state shown first would flash before a linked search. */
type Outcome =
  { state: 'starting' } | { state: 'idle' } | { state: 'searching' } | { state: 'done'; results: PagefindResult[]; total: number } | { state: 'failed' };

export function SearchApp({ tags, authors }: SearchAppProps) {
  const [request, setRequest] = useState<SearchRequest>({ query: '' });
  const [outcome, setOutcome] = useState<Outcome>({ state: 'starting' });
  const [filtersOpen, setFiltersOpen] = useState(false);
  const latest = useRef(0);

  const run = useCallback(async (next: SearchRequest) => {
    setRequest(next);
    if (isEmptySearch(next)) return setOutcome({ state: 'idle' });
    const ticket = ++latest.current;
    setOutcome({ state: 'searching' });
    try {
      const pagefind = await loadPagefind();
      const search = pagefind ? await pagefind.search(next.query || null, { filters: pagefindFilters(next) }) : { results: [] };
      const results = await Promise.all(search.results.slice(0, RESULTS_SHOWN).map((result) => result.data()));
      // A slower, older search must not overwrite a newer one.
      if (ticket === latest.current) setOutcome({ state: 'done', results, total: search.results.length });
    } catch {
      if (ticket === latest.current) setOutcome({ state: 'failed' });
    }
  }, []);

  // The URL is the source of truth: a shared link or the back button restores the search.
  useEffect(() => {
    const fromUrl = () => run(parseSearchParams(new URLSearchParams(window.location.search)));
    fromUrl();
    window.addEventListener('popstate', fromUrl);
    return () => window.removeEventListener('popstate', fromUrl);
  }, [run]);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fields = [...new FormData(event.currentTarget)].map(([name, value]) => [name, String(value)]);
    const next = parseSearchParams(new URLSearchParams(fields));
    const query = searchParamsOf(next).toString();
    // A URL relative to this page keeps its path, base path included.
    window.history.pushState(null, '', query ? `?${query}` : window.location.pathname);
    run(next);
  }

  const fieldClass = 'min-h-11 rounded border border-rule bg-paper px-3 py-2 text-ink';
  const activeFilters = Object.keys(pagefindFilters(request)).length;
  const suggestions = tags.slice(0, SUGGESTED_TOPICS);
  return (
    // The one client component: the search page keeps the framework's runtime (lib/client-runtime.ts).
    <div className="mt-6" {...{ [HYDRATED_ATTRIBUTE]: '' }}>
      <form role="search" aria-label="Search and filters" action={withBasePath(SEARCH_PATH)} method="get" onSubmit={submit}>
        <label htmlFor="search-query" className="text-sm font-semibold">
          Search for
        </label>
        <div className="mt-1 flex gap-2">
          <input
            id="search-query"
            type="search"
            name="q"
            defaultValue={request.query}
            key={`q-${request.query}`}
            className={`${fieldClass} min-w-0 flex-1 text-lg`}
          />
          <button type="submit" className="min-h-11 rounded bg-ink px-4 font-semibold text-paper">
            Search
          </button>
        </div>
        {/* On a phone the filters wait behind a button, so the first result stays above the fold. */}
        <button
          type="button"
          aria-expanded={filtersOpen}
          aria-controls={FILTERS_ID}
          onClick={() => setFiltersOpen((wasOpen) => !wasOpen)}
          className="mt-3 inline-flex min-h-11 items-center gap-2 rounded border border-rule px-3 text-sm font-semibold text-ink sm:hidden"
        >
          Filters{activeFilters > 0 ? ` (${activeFilters} on)` : ''}
          <svg viewBox="0 0 16 16" className={`size-4 transition-transform ${filtersOpen ? 'rotate-180' : ''}`} aria-hidden="true" focusable="false">
            <path d="m4 6 4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
        </button>
        <div id={FILTERS_ID} className={`${filtersOpen ? 'grid' : 'hidden'} mt-3 gap-3 sm:grid sm:grid-cols-3`}>
          <FilterSelect
            label="Analyst verdict"
            name="sentiment"
            value={request.sentiment}
            className={fieldClass}
            options={SENTIMENTS.map((sentiment) => [sentiment, SENTIMENT_META[sentiment].verdict])}
          />
          <FilterSelect label="Topic" name="tag" value={request.tag} className={fieldClass} options={tags.map((tag) => [tag.name, tag.name])} />
          <FilterSelect label="Author" name="author" value={request.author} className={fieldClass} options={authors.map((name) => [name, name])} />
        </div>
      </form>
      <div role="status" aria-live="polite" className="mt-6 text-muted">
        {outcome.state === 'searching' ? 'Searching…' : null}
        {outcome.state === 'failed' ? 'Search is unavailable right now. Please try again.' : null}
        {outcome.state === 'done' && outcome.total === 0 ? `No articles found${request.query ? ` for “${request.query}”` : ''}.` : null}
        {outcome.state === 'done' && outcome.total > 0
          ? `${outcome.total} ${outcome.total === 1 ? 'article' : 'articles'} found${outcome.total > RESULTS_SHOWN ? `, showing the first ${RESULTS_SHOWN}` : ''}.`
          : null}
      </div>
      {outcome.state === 'idle' ? <EmptySearch topics={suggestions} /> : null}
      {outcome.state === 'done' && outcome.total === 0 ? <NoResults query={request.query} filtered={activeFilters > 0} topics={suggestions} /> : null}
      {outcome.state === 'done' && outcome.total > 0 ? (
        <ol className="divide-y divide-rule" aria-label="Search results">
          {outcome.results.map((result) => (
            <li key={result.url} className="py-5">
              <div className="flex flex-wrap items-center gap-3 text-sm text-muted">
                {isSentiment(result.meta.sentiment) ? <SentimentBadge sentiment={result.meta.sentiment} /> : null}
                {result.meta.date ? <time dateTime={result.meta.date}>{formatDate(result.meta.date)}</time> : null}
              </div>
              <h2 className="mt-1 font-display text-xl font-bold">
                <a href={result.url.replace(/\.html$/, '')} className="text-ink hover:underline">
                  {result.meta.title}
                </a>
              </h2>
              {/* Pagefind escapes the page text and adds only <mark> around the matches. */}
              <p className="mt-1 font-serif text-ink [&_mark]:bg-mixed-wash [&_mark]:text-ink" dangerouslySetInnerHTML={{ __html: result.excerpt }} />
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}

function FilterSelect({ label, name, value, options, className }: { label: string; name: string; value?: string; options: string[][]; className: string }) {
  return (
    <label className="flex flex-col gap-1 text-sm font-semibold">
      {label}
      <select name={name} defaultValue={value ?? ''} key={`${name}-${value ?? ''}`} className={`${className} font-normal`}>
        <option value="">Any</option>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </label>
  );
}
