import { CACHE_CONTROL, HASHED_ASSET_PATHS, type PathPattern, SECURITY_HEADERS } from './headers';

/*
 * lib/security/headers.ts rendered for the hosts we document (docs/deploy.md). Each format has
 * its own idea of how rules combine, which is why each renderer says how it keeps the hashed
 * assets' Cache-Control from mixing with the site-wide one.
 */

const GENERATED = 'Generated from lib/security/headers.ts by scripts/build-hosting.ts; edit that file, not this one.';

/** The nginx snippet is committed, so a server's configuration can be reviewed like code. */
export const NGINX_CONFIG_FILE = 'deploy/nginx/newsdesk.conf';

/** Every response's headers: the security set and the short cache policy. */
const siteWide = (): Record<string, string> => ({ ...SECURITY_HEADERS, 'Cache-Control': CACHE_CONTROL.revalidate });

/**
 * `_headers` for Netlify and Cloudflare Pages, at the root of the published folder. Both apply
 * every rule whose path matches, top to bottom. Netlify lets a later rule's header replace an
 * earlier one; Cloudflare joins them with a comma unless the later rule first detaches the
 * header with "! Name", a line Netlify skips because it has no colon.
 */
export function renderHeadersFile(basePath: string): string {
  const block = (path: string, lines: string[]) => [path, ...lines.map((line) => `  ${line}`)].join('\n');
  const headerLines = (headers: Record<string, string>) => Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  const blocks = [
    block(`${basePath}/*`, headerLines(siteWide())),
    ...HASHED_ASSET_PATHS.map(({ prefix, suffix = '' }) =>
      block(`${basePath}${prefix}*${suffix}`, ['! Cache-Control', `Cache-Control: ${CACHE_CONTROL.immutable}`]),
    ),
  ];
  return `# ${GENERATED}\n\n${blocks.join('\n\n')}\n`;
}

/**
 * The configuration of `serve` (serve-handler), which `npm start` and the browser tests use. Its
 * globs match file paths inside the served folder, so the base path plays no part; where several
 * rules match, the later one's value of a header wins.
 */
export function renderServeConfig(): string {
  const headers = (values: Record<string, string>) => Object.entries(values).map(([key, value]) => ({ key, value }));
  const glob = ({ prefix, suffix = '' }: PathPattern) => `${prefix.slice(1)}**${suffix ? `/*${suffix}` : ''}`;
  const config = {
    headers: [
      { source: '**', headers: headers(siteWide()) },
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
 * the whole set; `always` puts them on error responses too.
 */
export function renderNginxConfig(basePath: string): string {
  const addHeaders = (headers: Record<string, string>) =>
    Object.entries(headers).map(([name, value]) => `    add_header ${name} ${nginxQuote(value)} always;`);
  const hashed = HASHED_ASSET_PATHS.map(({ prefix, suffix }) => regexEscape(prefix) + (suffix ? `.*${regexEscape(suffix)}$` : '')).join('|');
  return [
    `# ${GENERATED}`,
    `# Include it in the server block whose root holds the exported site${basePath ? ` under ${basePath.slice(1)}/` : ''} (docs/deploy.md).`,
    '',
    '# File names with a content hash: cached for a year, never revalidated.',
    `location ~ ^${regexEscape(basePath)}(?:${hashed}) {`,
    ...addHeaders({ ...SECURITY_HEADERS, 'Cache-Control': CACHE_CONTROL.immutable }),
    '}',
    '',
    `location ${basePath}/ {`,
    '    # Pages are exported as name.html and linked without the extension.',
    '    try_files $uri $uri.html $uri/index.html =404;',
    ...addHeaders(siteWide()),
    '}',
    '',
    `error_page 404 ${basePath}/404.html;`,
    '',
  ].join('\n');
}
