/*
 * Site check: no broken internal link, missing asset or dangling #fragment anywhere in out/.
 * linkinator crawls every exported page on the local static server; links to other sites are
 * skipped, since the network is closed and they are not ours to fix.
 */
import { LinkChecker, LinkState } from 'linkinator';
import { siteConfig } from '../../site.config';
import { withStaticServer } from '../support/static-server';
import { exportedPagePaths } from './pages';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const result = await withStaticServer((origin) =>
  new LinkChecker().check({
    path: exportedPagePaths().map((path) => `${origin}${path}`),
    recurse: true,
    // Canonical, Open Graph and feed URLs are absolute on the public site URL; check them here.
    urlRewriteExpressions: [{ pattern: new RegExp(`^${escapeRegExp(siteConfig.url)}(?=/|$)`), replacement: origin }],
    linksToSkip: async (link) => !link.startsWith(origin),
    checkCss: true,
    checkFragments: true,
    concurrency: 8,
  }),
);

/* One line per broken URL, however many pages carry it (a missing logo is on every page). */
const pagesByBrokenUrl = new Map<string, string[]>();
for (const link of result.links.filter((candidate) => candidate.state === LinkState.BROKEN)) {
  const key = `${link.url} (${link.status ?? 'no answer'})`;
  pagesByBrokenUrl.set(key, [...(pagesByBrokenUrl.get(key) ?? []), link.parent ?? 'a start page']);
}
for (const [url, pages] of pagesByBrokenUrl) {
  console.error(`broken: ${url} on ${pages.slice(0, 3).join(', ')}${pages.length > 3 ? ` and ${pages.length - 3} more pages` : ''}`);
}
const answered = result.links.filter((link) => link.state === LinkState.OK).length;
console.log(`Links: ${answered} internal links and assets answer, ${pagesByBrokenUrl.size} broken.`);
process.exitCode = pagesByBrokenUrl.size > 0 ? 1 : 0;
