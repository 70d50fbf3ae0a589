import { SENTIMENT_META, SENTIMENTS } from '@/lib/sentiment';
import type { Tag } from '@/lib/tags';
import { SEARCH_PATH, SEARCH_SCRIPT_PATH, withBasePath } from '@/lib/urls';
import { SentimentBadge } from '../sentiment-badge';
import { SEARCH_HOOKS as HOOK } from './search-hooks';
import { EmptySearch, NoResults } from './search-suggestions';

const FILTERS_ID = 'search-filters';
const RESULTS_HEADING_ID = 'search-results';
const SUGGESTED_TOPICS = 8;

interface SearchAppProps {
  /** Every topic, busiest first: the filter's options, and the first few offered as suggestions. */
  tags: Tag[];
  authors: string[];
}

/**
 * The search page's form, states and result templates, rendered on the server and worked by
 * ./search-client.ts, which the page loads as a file: no framework runs in the browser. Until the
 * script has read the URL every state is hidden, so an empty state never flashes before a linked
 * search.
 */
export function SearchApp({ tags, authors }: SearchAppProps) {
  const fieldClass = 'min-h-11 rounded border border-rule bg-paper px-3 py-2 text-ink';
  const suggestions = tags.slice(0, SUGGESTED_TOPICS);
  return (
    <div className="mt-6" {...{ [HOOK.app]: '' }}>
      <form role="search" aria-label="Search and filters" action={withBasePath(SEARCH_PATH)} method="get">
        <label htmlFor="search-query" className="text-sm font-semibold">
          Search for
        </label>
        <div className="mt-1 flex gap-2">
          <input id="search-query" type="search" name="q" className={`${fieldClass} min-w-0 flex-1 text-lg`} />
          <button type="submit" className="min-h-11 rounded bg-ink px-4 font-semibold text-paper">
            Search
          </button>
        </div>
        {/* On a phone the filters wait behind a button, so the first result stays above the fold. */}
        <button
          type="button"
          aria-expanded="false"
          aria-controls={FILTERS_ID}
          {...{ [HOOK.filtersToggle]: '' }}
          className="group mt-3 inline-flex min-h-11 items-center gap-2 rounded border border-rule px-3 text-sm font-semibold text-ink sm:hidden"
        >
          <span>
            Filters
            <span {...{ [HOOK.filterCount]: '' }} />
          </span>
          <svg viewBox="0 0 16 16" className="size-4 transition-transform group-aria-expanded:rotate-180" aria-hidden="true" focusable="false">
            <path d="m4 6 4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
        </button>
        <div id={FILTERS_ID} className="mt-3 hidden gap-3 data-open:grid sm:grid sm:grid-cols-3">
          <FilterSelect
            label="Analyst verdict"
            name="sentiment"
            className={fieldClass}
            options={SENTIMENTS.map((sentiment) => [sentiment, SENTIMENT_META[sentiment].verdict])}
          />
          <FilterSelect label="Topic" name="tag" className={fieldClass} options={tags.map((tag) => [tag.name, tag.name])} />
          <FilterSelect label="Author" name="author" className={fieldClass} options={authors.map((name) => [name, name])} />
        </div>
      </form>
      <div role="status" aria-live="polite" className="mt-6 text-muted" {...{ [HOOK.status]: '' }} />
      <EmptySearch topics={suggestions} />
      <NoResults topics={suggestions} />
      <section hidden aria-labelledby={RESULTS_HEADING_ID} {...{ [HOOK.results]: '' }}>
        <h2 id={RESULTS_HEADING_ID} className="sr-only">
          Search results
        </h2>
        <ol className="divide-y divide-rule" />
      </section>
      {/* One result; the script writes in each part (the title stands in for the story's own). */}
      <template {...{ [HOOK.resultTemplate]: '' }}>
        <li className="py-5">
          <div className="flex flex-wrap items-center gap-3 text-sm text-muted">
            <span {...{ [HOOK.resultBadge]: '' }} />
            <time {...{ [HOOK.resultDate]: '' }} />
          </div>
          <h3 className="mt-1 font-display text-xl font-bold">
            <a className="text-ink hover:underline" {...{ [HOOK.resultLink]: '' }}>
              Title
            </a>
          </h3>
          <p className="mt-1 font-serif text-ink [&_mark]:bg-mixed-wash [&_mark]:text-ink" {...{ [HOOK.resultExcerpt]: '' }} />
        </li>
      </template>
      {SENTIMENTS.map((sentiment) => (
        <template key={sentiment} {...{ [HOOK.badgeTemplate]: sentiment }}>
          <SentimentBadge sentiment={sentiment} />
        </template>
      ))}
      {/* A module script runs once the page is parsed, never blocking it; next/script would need the framework in the browser. */}
      {/* eslint-disable-next-line @next/next/no-sync-scripts -- a module script is deferred */}
      <script type="module" src={withBasePath(SEARCH_SCRIPT_PATH)} />
    </div>
  );
}

function FilterSelect({ label, name, options, className }: { label: string; name: string; options: string[][]; className: string }) {
  return (
    <label className="flex flex-col gap-1 text-sm font-semibold">
      {label}
      <select name={name} className={`${className} font-normal`}>
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
