import { SEARCH_PATH, withBasePath } from '@/lib/urls';

/** The header's search box, which the "/" shortcut focuses (components/site-behaviours.tsx). */
export const HEADER_SEARCH_INPUT_ID = 'header-search';

/** The page's own search box (the search page's), which "/" prefers to the header's. */
export const PAGE_SEARCH_INPUT_SELECTOR = 'main form[role="search"] input[type="search"]';

/**
 * A plain form to /search: it works without JavaScript and loads no search code on this page.
 * Its landmark is named apart from the search page's own form, so the two never read as one.
 */
export function HeaderSearch() {
  return (
    <form role="search" aria-label="Site search" action={withBasePath(SEARCH_PATH)} method="get" className="flex w-full lg:w-auto">
      <label htmlFor={HEADER_SEARCH_INPUT_ID} className="sr-only">
        Search articles
      </label>
      <span className="relative flex min-w-0 flex-1">
        <input
          id={HEADER_SEARCH_INPUT_ID}
          type="search"
          name="q"
          placeholder="Search"
          className="min-h-11 w-full rounded-l border border-rule bg-paper px-3 py-1.5 text-base text-ink placeholder:text-muted lg:min-h-9 lg:w-40 lg:text-sm lg:focus:w-48"
        />
        {/* Advertised only where a keyboard is likely (a fine pointer) and the box is empty and unfocused. */}
        <kbd aria-hidden="true" data-requires-js className="search-shortcut-hint">
          /
        </kbd>
      </span>
      {/* Enter submits too, but a form needs a visible way to send it (WCAG technique H32). */}
      <button type="submit" className="min-w-11 rounded-r border border-l-0 border-rule px-2 text-ink hover:border-ink lg:min-w-9">
        <svg viewBox="0 0 16 16" className="mx-auto size-4" aria-hidden="true" focusable="false">
          <circle cx="7" cy="7" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
          <path d="m10.5 10.5 3.5 3.5" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
        <span className="sr-only">Search articles</span>
      </button>
    </form>
  );
}
