import { SEARCH_PATH, withBasePath } from '@/lib/urls';
import { SearchShortcut } from './search-shortcut';

const INPUT_ID = 'header-search';

/** A plain form to /search: it works without JavaScript and loads no search code on this page. */
export function HeaderSearch() {
  return (
    <form role="search" action={withBasePath(SEARCH_PATH)} method="get" className="flex items-center">
      <label htmlFor={INPUT_ID} className="sr-only">
        Search articles
      </label>
      <input
        id={INPUT_ID}
        type="search"
        name="q"
        placeholder="Search  /"
        className="w-32 rounded border border-rule bg-paper px-3 py-1.5 text-sm text-ink placeholder:text-muted focus:w-48 sm:w-40"
      />
      <SearchShortcut inputId={INPUT_ID} />
    </form>
  );
}
