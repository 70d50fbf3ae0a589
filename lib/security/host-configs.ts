import { CACHE_CONTROL, CONTENT_SECURITY_POLICY, HASHED_ASSET_PATHS, type PathPattern, type ResponseKind, securityHeaders } from './headers';

/*
 * lib/security/headers.ts rendered for the hosts we document (docs/deploy.md). Each format has
 * its own idea of how rules combine, which is why each renderer says how it keeps the hashed
 * assets' Cache-Control from mixing with the site-wide one, and how it tells a page (which gets
 * a header that leaves scripts to its meta policy) from any other file (the whole policy).
 */

const GENERATED = 'Generated from lib/security/headers.ts by scripts/build-hosting.ts; edit that file, not this one.';

/** The nginx snippet is committed, so a server's configuration can be reviewed like code. */
export const NGINX_CONFIG_FILE = 'deploy/nginx/newsdesk.conf';

/** A response's security headers and the short cache policy. */
const revalidated = (kind: ResponseKind): Record<string, string> => ({ ...securityHeaders(kind), 'Cache-Control': CACHE_CONTROL.revalidate });

/**
 * `_headers` for Netlify and Cloudflare Pages, at the root of the published folder. Both apply
 * every rule whose path matches, top to bottom. Netlify lets a later rule's header replace an
 * earlier one; Cloudflare joins them with a comma unless the later rule first detaches the
 * header with "! Name", a line Netlify skips because it has no colon.
 *
 * Rules match the URL, and pages are linked without .html, so the site-wide rule is the page's;
 * then every file name extension the build wrote (`fileExtensions`, from the exported folder)
 * replaces the policy with the files' one.
 */
export function renderHeadersFile(basePath: string, fileExtensions: readonly string[]): string {
  const block = (path: string, lines: string[]) => [path, ...lines.map((line) => `  ${line}`)].join('\n');
  const headerLines = (headers: Record<string, string>) => Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  const replace = (name: string, value: string) => [`! ${name}`, `${name}: ${value}`];
  const blocks = [
    block(`${basePath}/*`, headerLines(revalidated('page'))),
    ...fileExtensions.map((extension) => block(`${basePath}/*.${extension}`, replace('Content-Security-Policy', CONTENT_SECURITY_POLICY.file))),
    ...HASHED_ASSET_PATHS.map(({ prefix, suffix = '' }) => block(`${basePath}${prefix}*${suffix}`, replace('Cache-Control', CACHE_CONTROL.immutable))),
  ];
  return `# ${GENERATED}\n\n${blocks.join('\n\n')}\n`;
}

/**
 * The configuration of `serve` (serve-handler), which `npm start` and the browser tests use. Its
 * globs match file paths inside the served folder (a 404 answer's are those of 404.html), so the
 * base path plays no part and a page is told by its .html; where several rules match, the later
 * one's value of a header wins.
 */
export function renderServeConfig(): string {
  const headers = (values: Record<string, string>) => Object.entries(values).map(([key, value]) => ({ key, value }));
  const glob = ({ prefix, suffix = '' }: PathPattern) => `${prefix.slice(1)}**${suffix ? `/*${suffix}` : ''}`;
  const config = {
    headers: [
      { source: '**', headers: headers(revalidated('file')) },
      { source: '**/*.html', headers: headers({ 'Content-Security-Policy': CONTENT_SECURITY_POLICY.pageHeader }) },
      ...HASHED_ASSET_PATHS.map((pattern) => ({ source: glob(pattern), headers: headers({ 'Cache-Control': CACHE_CONTROL.immutable }) })),
    ],
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

const regexEscape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const nginxQuote = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

/**
 * An nginx snippet to include in the server block that serves the exported files. nginx drops
 * every inherited add_header in a location that sets one of its own, so each location repeats
 * the whole set; `always` puts them on redirects and error responses too. A page is whatever is
 * served from an .html file: found by try_files in a page location or sent for a 404, and each
 * of those locations sends the page's headers.
 *
 * URLs are answered the way `serve` (npm start, the browser tests) answers them, so a site
 * behaves the same on both (tests/site/nginx-parity.ts compares them): `name.html` redirects to
 * `name`, `…/index` to its folder (so `x/index.html` takes two hops, as on serve), and `name/`
 * serves the page `name`. Unlike serve, nginx keeps the query string on those redirects and
 * lists no folders. Redirects carry a relative Location, right behind a proxy that ends TLS.
 */
export function renderNginxConfig(basePath: string): string {
  const addHeaders = (headers: Record<string, string>) => Object.entries(headers).map(([name, value]) => `    add_header ${name} ${nginxQuote(value)} always;`);
  const base = regexEscape(basePath);
  const hashed = HASHED_ASSET_PATHS.map(({ prefix, suffix }) => regexEscape(prefix) + (suffix ? `.*${regexEscape(suffix)}$` : '')).join('|');
  // rewrite, unlike return, percent-encodes what it captured again (a tag page's /tags/人工智能.html).
  const redirect = (pattern: string) => [`    rewrite ${pattern} $1 permanent;`, '    absolute_redirect off;', ...addHeaders(revalidated('file'))];
  return [
    `# ${GENERATED}`,
    `# Include it in the server block whose root holds the exported site${basePath ? ` under ${basePath.slice(1)}/` : ''} (docs/deploy.md).`,
    '',
    '# File names with a content hash: cached for a year, never revalidated.',
    `location ~ ^${base}(?:${hashed}) {`,
    ...addHeaders({ ...securityHeaders('file'), 'Cache-Control': CACHE_CONTROL.immutable }),
    '}',
    '',
    "# Pages are linked without .html, and a folder's page without /index: redirect to that URL.",
    `location ~ ^${base}/.*\\.html$ {`,
    ...redirect(`^(${base}/.*)\\.html$`),
    '}',
    '',
    `location = ${basePath}/index {`,
    `    return 301 ${basePath}/$is_args$args;`,
    '    absolute_redirect off;',
    ...addHeaders(revalidated('file')),
    '}',
    '',
    `location ~ ^${base}/.+/index$ {`,
    ...redirect(`^(${base}/.+)/index$`),
    '}',
    '',
    '# A page asked for with a trailing slash is the same page.',
    `location ~ ^(${base}/.+)/$ {`,
    '    try_files $1/index.html $1.html =404;',
    ...addHeaders(revalidated('page')),
    '}',
    '',
    `location ${basePath}/ {`,
    '    try_files $uri @newsdesk_page;',
    ...addHeaders(revalidated('file')),
    '}',
    '',
    'location @newsdesk_page {',
    '    # Pages are exported as name.html (the home page as index.html).',
    '    try_files $uri/index.html $uri.html =404;',
    ...addHeaders(revalidated('page')),
    '}',
    '',
    '# A named location, because a request for 404.html itself redirects like any page.',
    'error_page 404 @newsdesk_not_found;',
    '',
    'location @newsdesk_not_found {',
    `    rewrite ^ ${basePath}/404.html break;`,
    ...addHeaders(revalidated('page')),
    '}',
    '',
  ].join('\n');
}
