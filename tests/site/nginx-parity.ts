/*
 * Site check: nginx with the committed snippet answers the exported site as `serve` does (the
 * server of `npm start` and every other test), URL for URL: the same status, the same Location
 * on a redirect, the same file and the same Content-Security-Policy and Cache-Control otherwise.
 * The URLs come from out/, so the check holds for any content: each page asked for as linked,
 * with a trailing slash, as name.html, name/index.html and name/index, plus files, hashed assets
 * and missing paths.
 *
 * Two differences are intended and checked as such: nginx keeps the query string on a redirect
 * (serve drops it), and nginx lists no folders (serve shows a folder with no page as a listing).
 *
 * Runs when nginx is installed (`.ci/run` installs it); elsewhere it says so and passes, except
 * under CI, where a missing nginx fails rather than skipping.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { siteConfig } from '../../site.config';
import { OUT_DIR } from '../e2e/helpers/content';
import { findNginx, withNginx } from '../support/nginx-server';
import { withStaticServer } from '../support/static-server';
import { exportedPagePaths } from './pages';

interface Answer {
  status: number;
  location: string | null;
  body: string;
  csp: string | null;
  cacheControl: string | null;
}

async function ask(origin: string, path: string): Promise<Answer> {
  const response = await fetch(`${origin}${path}`, { redirect: 'manual' });
  const redirected = response.status >= 300 && response.status < 400;
  const body = redirected
    ? ''
    : createHash('sha256')
        .update(new Uint8Array(await response.arrayBuffer()))
        .digest('hex');
  if (redirected) await response.body?.cancel();
  return {
    status: response.status,
    location: response.headers.get('location'),
    body,
    // A redirect's headers are not compared: serve sends none of ours on a redirect.
    csp: redirected ? null : response.headers.get('content-security-policy'),
    cacheControl: redirected ? null : response.headers.get('cache-control'),
  };
}

/** A value short enough for one line per URL: bodies are hashes and headers long; a Location is shown whole. */
const shown = (key: keyof Answer, value: string | number | null) =>
  key !== 'location' && typeof value === 'string' && value.length > 24 ? `"${value.slice(0, 20)}…"` : JSON.stringify(value);

/** Every way a reader or an old link might ask for a page (given as the site links it). */
function pageForms(page: string): string[] {
  if (page === '/') return ['/', '/index', '/index.html', '/index/'];
  return [page, `${page}/`, `${page}.html`, `${page}/index.html`, `${page}/index`];
}

/** One page of each kind the site exports, found in out/ rather than named, as the site links it. */
function samplePages(): string[] {
  const pages = exportedPagePaths();
  const kinds = [
    '/',
    pages.find((page) => /^\/[^/]+$/.test(page) && pages.some((other) => other.startsWith(`${page}/`))), // a listing with pages below it (/authors)
    pages.find((page) => page.startsWith('/articles/')),
    pages.find((page) => /\/page\/\d+$/.test(page)),
    pages.find((page) => /[^\x00-\x7f]/.test(page)), // a tag or author slug in another script
  ];
  return kinds.filter((page) => page !== undefined).map((page) => encodeURI(page));
}

function fileUrls(): string[] {
  const hashedAsset = readdirSync(join(OUT_DIR, '_next/static'), { recursive: true, encoding: 'utf8' }).find((file) => file.endsWith('.js'));
  return ['/feed.xml', '/feed.xml/', '/robots.txt', '/sitemap.xml', ...(hashedAsset ? [`/_next/static/${hashedAsset}`] : [])];
}

const MISSING = ['/no-such-page', '/no-such-page/', '/no-such-page.html', '/articles/no-such-story', '/images/no-such-image.png', '/404', '/404.html'];

const nginx = findNginx();
if (!nginx) {
  const message = 'nginx parity: nginx is not installed (Debian: apt-get install nginx; .ci/run installs it)';
  if (process.env.CI) throw new Error(`${message}; CI must run this check, not skip it`);
  console.log(`${message}: skipped.`);
  process.exit(0);
}

const base = siteConfig.basePath;
const pages = samplePages();
const urls = [...new Set([...pages.flatMap(pageForms), ...fileUrls(), ...MISSING])];
const linkedPage = pages.find((page) => page !== '/') ?? '/search';
const folderWithoutPage = '/articles/';

const problems = await withStaticServer((serveOrigin) =>
  withNginx(nginx, OUT_DIR, base, async (nginxOrigin) => {
    const found: string[] = [];
    for (const url of urls) {
      const [expected, actual] = await Promise.all([ask(serveOrigin, url), ask(nginxOrigin, `${base}${url}`)]);
      // serve knows no base path; behind one, nginx's Location carries it.
      const wanted = { ...expected, location: expected.location === null ? null : `${base}${expected.location}` };
      const differences = (Object.keys(wanted) as Array<keyof Answer>).filter((key) => wanted[key] !== actual[key]);
      if (differences.length > 0) {
        found.push(`${url}: ${differences.map((key) => `${key} ${shown(key, actual[key])} on nginx, ${shown(key, wanted[key])} on serve`).join('; ')}`);
      }
    }
    // The intended differences.
    const withQuery = await ask(nginxOrigin, `${base}${linkedPage}.html?from=feed`);
    if (withQuery.status !== 301 || withQuery.location !== `${base}${linkedPage}?from=feed`) {
      found.push(`${linkedPage}.html?from=feed: nginx answers ${withQuery.status} ${withQuery.location}, expected 301 to ${base}${linkedPage}?from=feed`);
    }
    const folder = await ask(nginxOrigin, `${base}${folderWithoutPage}`);
    if (folder.status !== 404) found.push(`${folderWithoutPage}: nginx answers ${folder.status}; a folder without a page is not found, never listed`);
    return found;
  }),
);

for (const problem of problems) console.error(problem);
console.log(`nginx parity: ${urls.length} URLs compared with serve, ${problems.length} differences.`);
process.exitCode = problems.length > 0 ? 1 : 0;
