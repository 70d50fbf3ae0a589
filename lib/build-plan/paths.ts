/*
 * Page paths as the build plan keys them: decoded site paths ("/tags/人工智能/page/2"), which is
 * also how the exported files are named on disk. Route helpers (lib/urls.ts) give encoded paths.
 */

/** The plan's key for a site path, encoded or not. */
export const pageKey = (sitePath: string) => decodeURIComponent(sitePath);

/** The path of a listing page: its base path, then the route's catch-all segments ([] for its first page). */
export function listingPagePath(basePath: string, segments: readonly string[]): string {
  if (segments.length === 0) return pageKey(basePath);
  return pageKey(`${basePath === '/' ? '' : basePath}/${segments.join('/')}`);
}

/**
 * The page an exported file belongs to, as Next 16 names a page's files: `<page>.html` (the home
 * page is index.html), its data file `<page>.txt`, and its `__next.*` prefetch files in the folder
 * `<page>/`. Any other file (a share card, a feed, an image, a chunk) is its own path; whether that
 * path is a planned page is for the caller to say.
 */
export function pageOfExportFile(file: string): string {
  const path = file.split('\\').join('/');
  const slash = path.lastIndexOf('/');
  const folder = slash === -1 ? '' : path.slice(0, slash);
  const name = path.slice(slash + 1);
  if (name.startsWith('__next.')) return `/${folder}`;
  const page = /^(.*)\.(html|txt)$/.exec(path)?.[1];
  if (page === undefined) return `/${path}`;
  return page === 'index' ? '/' : `/${page}`;
}

/** The file that shows a page was exported: `<page>.html`, or the file itself for a non-HTML route. */
export function mainExportFile(page: string): string {
  if (page === '/') return 'index.html';
  const path = page.slice(1);
  return /\.(png|xml|json)$/.test(path) ? path : `${path}.html`;
}
