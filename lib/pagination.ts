export interface Page<T> {
  items: T[];
  /** 1-based. */
  page: number;
  totalPages: number;
  totalItems: number;
}

export function pageCount(totalItems: number, perPage: number): number {
  return Math.max(1, Math.ceil(totalItems / perPage));
}

/** Returns one page of a listing, or undefined when the page does not exist. */
export function paginate<T>(items: readonly T[], page: number, perPage: number): Page<T> | undefined {
  const totalPages = pageCount(items.length, perPage);
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return undefined;
  const start = (page - 1) * perPage;
  return { items: items.slice(start, start + perPage), page, totalPages, totalItems: items.length };
}

/*
 * Listings live at `<base>` (page 1) and `<base>/page/<n>`. Routes take the tail as an optional
 * catch-all segment, so one route file serves every page and a listing with a single page still
 * has static params (output: 'export' refuses a dynamic route with none).
 */

/** Route segments after the listing's base path: [] for page 1, ['page', 'n'] after it. */
export function pageSegments(page: number): string[] {
  return page === 1 ? [] : ['page', String(page)];
}

/** The page number a catch-all segment names, or undefined when it names none. */
export function parsePageSegments(segments: readonly string[] | undefined): number | undefined {
  if (!segments || segments.length === 0) return 1;
  const [keyword, number, ...rest] = segments;
  if (keyword !== 'page' || rest.length > 0 || !number || !/^[1-9]\d*$/.test(number)) return undefined;
  const page = Number(number);
  return page === 1 ? undefined : page;
}

/** Every page's segments for a listing of `totalItems`, for generateStaticParams. */
export function allPageSegments(totalItems: number, perPage: number): string[][] {
  return Array.from({ length: pageCount(totalItems, perPage) }, (_, index) => pageSegments(index + 1));
}

export function pagePath(basePath: string, page: number): string {
  const base = basePath === '/' ? '' : basePath;
  return page === 1 ? basePath : `${base}/page/${page}`;
}
