import { SEARCH_PATH, withBasePath } from '@/lib/urls';
import { SearchShortcut } from './search-shortcut';

const INPUT_ID = 'header-search';

/** A plain form to /search: it works without JavaScript and loads no search code on this page. */
export function HeaderSearch() {
  return (
    <form role="search" action={withBasePath(SEARCH_PATH)} method="get" className="flex">
      <label htmlFor={INPUT_ID} className="sr-only">
        Search articles
      </label>
      <input
        id={INPUT_ID}
        type="search"
        name="q"
        placeholder="Search  /"
        className="w-32 rounded-l border border-rule bg-paper px-3 py-1.5 text-sm text-ink placeholder:text-muted focus:w-48 sm:w-40"
      />
      {/* Enter submits too, but a form needs a visible way to send it (WCAG technique H32). */}
      <button type="submit" className="rounded-r border border-l-0 border-rule px-2 py-1.5 text-ink hover:border-ink">
        <svg viewBox="0 0 16 16" className="size-4" aria-hidden="true" focusable="false">
          <circle cx="7" cy="7" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
          <path d="m10.5 10.5 3.5 3.5" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
        <span className="sr-only">Search articles</span>
      </button>
      <SearchShortcut inputId={INPUT_ID} />
    </form>
  );
}
