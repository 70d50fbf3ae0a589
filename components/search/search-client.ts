/**
 * The search page in the browser: the one script of the site that is a file, not inline, because
 * the page's policy hashes only scripts outside <main> (lib/security/page-policy.ts). The build
 * bundles it (lib/browser-script.ts) and serves it at SEARCH_SCRIPT_PATH; it works the markup of
 * ./search-app.tsx, so the page needs no framework in the browser. The URL is the source of
 * truth: a shared link, a reload or the back button shows the same search.
 */
import { formatDate } from '@/lib/dates';
import { isEmptySearch, pagefindFilters, parseSearchParams, searchParamsOf, type SearchRequest } from '@/lib/search-params';
import { isSearchShardList } from '@/lib/search-index';
import { isSentiment } from '@/lib/sentiment';
import { SEARCH_SHARDS_PATH, searchShardPath, withBasePath } from '@/lib/urls';
import { RESULTS_SHOWN, SEARCH_HOOKS as HOOK } from './search-hooks';

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

/** Words in an excerpt; Pagefind marks a cut at either end with the ellipsis. */
const PAGEFIND_OPTIONS: PagefindOptions = { excerptLength: 32, excerptEllipsis: '…' };

const isPagefind = (loaded: unknown): loaded is Pagefind =>
  typeof loaded === 'object' &&
  loaded !== null &&
  ['search', 'options', 'mergeIndex'].every((name) => name in loaded && typeof (loaded as Record<string, unknown>)[name] === 'function');

/**
 * Pagefind's client and index are fetched on first use. The index comes in shards
 * (lib/search-index.ts): the first shard's client loads, and the others join it, sharing its
 * WebAssembly; one search then ranks the results of all together. Undefined when the index is
 * empty: the archive has no article yet.
 */
async function importPagefind(): Promise<Pagefind | undefined> {
  // Asked again on every page load: a list cached from before a deployment could name other shards.
  const response = await fetch(withBasePath(SEARCH_SHARDS_PATH), { cache: 'no-cache' });
  const list: unknown = response.ok ? await response.json() : undefined;
  if (!isSearchShardList(list)) throw new Error(`${SEARCH_SHARDS_PATH} is not a list of search shards; was the index built?`);
  const [first, ...others] = list.shards.map((shard) => withBasePath(searchShardPath(shard.folder)));
  if (first === undefined) return undefined;
  const loaded: unknown = await import(`${first}pagefind.js`);
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

let pagefindPromise: Promise<Pagefind | undefined> | undefined;
/** A load that failed (a shard that did not arrive) is tried afresh by the next search. */
const loadPagefind = () =>
  (pagefindPromise ??= importPagefind().catch((error: unknown) => {
    pagefindPromise = undefined;
    throw error;
  }));

const app = document.querySelector<HTMLElement>(`[${HOOK.app}]`);
if (app) attachSearch(app);

function attachSearch(app: HTMLElement) {
  const find = <E extends Element>(hook: string, value?: string) => app.querySelector<E>(value === undefined ? `[${hook}]` : `[${hook}="${value}"]`)!;
  const form = app.querySelector('form')!;
  const status = find<HTMLElement>(HOOK.status);
  const resultsSection = find<HTMLElement>(HOOK.results);
  const results = resultsSection.querySelector('ol')!;
  const empty = find<HTMLElement>(HOOK.state, 'empty');
  const noResults = find<HTMLElement>(HOOK.state, 'no-results');
  const filtersToggle = find<HTMLButtonElement>(HOOK.filtersToggle);
  const filters = document.getElementById(filtersToggle.getAttribute('aria-controls')!)!;
  let latest = 0;

  // On a phone the filters wait behind a button, so the first result stays above the fold.
  filtersToggle.addEventListener('click', () => {
    const open = filtersToggle.getAttribute('aria-expanded') !== 'true';
    filtersToggle.setAttribute('aria-expanded', String(open));
    filters.toggleAttribute('data-open', open);
  });

  /** The form says what the URL says, and the page shows nothing of an older search. */
  function show(request: SearchRequest) {
    const fields = form.elements;
    for (const [name, value] of [
      ['q', request.query],
      ['sentiment', request.sentiment],
      ['tag', request.tag],
      ['author', request.author],
    ] as const) {
      const field = fields.namedItem(name);
      if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) field.value = value ?? '';
      // A value no option has (a topic since retired, in an old link) leaves a select blank: show "Any".
      if (field instanceof HTMLSelectElement && field.selectedIndex === -1) field.value = '';
    }
    const active = Object.keys(pagefindFilters(request)).length;
    find<HTMLElement>(HOOK.filterCount).textContent = active > 0 ? ` (${active} on)` : '';
    empty.hidden = !isEmptySearch(request);
    noResults.hidden = true;
    resultsSection.hidden = true;
    results.replaceChildren();
    status.textContent = '';
  }

  async function run(request: SearchRequest) {
    show(request);
    if (isEmptySearch(request)) return;
    const ticket = ++latest;
    status.textContent = 'Searching…';
    try {
      const pagefind = await loadPagefind();
      const search = pagefind ? await pagefind.search(request.query || null, { filters: pagefindFilters(request) }) : { results: [] };
      const found = await Promise.all(search.results.slice(0, RESULTS_SHOWN).map((result) => result.data()));
      // A slower, older search must not overwrite a newer one.
      if (ticket === latest) showResults(request, found, search.results.length);
    } catch {
      if (ticket === latest) status.textContent = 'Search is unavailable right now. Please try again.';
    }
  }

  function showResults(request: SearchRequest, found: PagefindResult[], total: number) {
    if (total === 0) {
      status.textContent = `No articles found${request.query ? ` for “${request.query}”` : ''}.`;
      const filtered = Object.keys(pagefindFilters(request)).length > 0;
      const shown: Record<string, boolean> = { query: request.query !== '', filtered, 'no-query': request.query === '' };
      for (const part of noResults.querySelectorAll<HTMLElement>(`[${HOOK.shownWhen}]`)) part.hidden = !shown[part.getAttribute(HOOK.shownWhen)!];
      find<HTMLElement>(HOOK.queryEcho).textContent = request.query;
      noResults.hidden = false;
      return;
    }
    const articles = total === 1 ? 'article' : 'articles';
    status.textContent = `${total} ${articles} found${total > RESULTS_SHOWN ? `, showing the first ${RESULTS_SHOWN}` : ''}.`;
    results.replaceChildren(...found.map(resultItem));
    resultsSection.hidden = false;
  }

  function resultItem(result: PagefindResult): Node {
    const item = find<HTMLTemplateElement>(HOOK.resultTemplate).content.cloneNode(true) as DocumentFragment;
    const slot = <E extends Element>(hook: string) => item.querySelector<E>(`[${hook}]`)!;
    const { sentiment, date, title } = result.meta;
    if (isSentiment(sentiment)) slot(HOOK.resultBadge).replaceWith(find<HTMLTemplateElement>(HOOK.badgeTemplate, sentiment).content.cloneNode(true));
    else slot(HOOK.resultBadge).remove();
    const time = slot<HTMLTimeElement>(HOOK.resultDate);
    if (date) {
      time.dateTime = date;
      time.textContent = formatDate(date);
    } else time.remove();
    const link = slot<HTMLAnchorElement>(HOOK.resultLink);
    link.href = result.url.replace(/\.html$/, '');
    link.textContent = title ?? '';
    // Pagefind escapes the page text and adds only <mark> around the matches.
    slot(HOOK.resultExcerpt).innerHTML = result.excerpt;
    return item;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const fields = [...new FormData(form)].map(([name, value]) => [name, String(value)]);
    const request = parseSearchParams(new URLSearchParams(fields));
    const query = searchParamsOf(request).toString();
    // A URL relative to this page keeps its path, base path included.
    window.history.pushState(null, '', query ? `?${query}` : window.location.pathname);
    run(request);
  });
  const fromUrl = () => run(parseSearchParams(new URLSearchParams(window.location.search)));
  window.addEventListener('popstate', fromUrl);
  fromUrl();
}
