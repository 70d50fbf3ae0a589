/**
 * The last step of the build, on the exported folder: writes the site's HTTP headers
 * (lib/security/headers.ts) in each static host's format: _headers for Netlify and Cloudflare
 * Pages, serve.json for `npm start` and the browser tests, and the committed nginx snippet
 * deploy/nginx/newsdesk.conf (a unit test fails when the committed one no longer matches). Paths
 * carry the site's base path. Pages carry their own script policy already (scripts/build/page-policies.ts).
 *
 * Usage: tsx scripts/build-hosting.ts [folder]   (the exported folder, out by default)
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { NGINX_CONFIG_FILE, renderHeadersFile, renderNginxConfig, renderServeConfig } from '../lib/security/host-configs';
import { siteConfig } from '../site.config';

/** Files the host reads for itself; it never serves them. */
const HOST_FILES = new Set(['_headers', 'serve.json']);

function write(file: string, contents: string) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, contents);
}

/** Every served file of the folder, as paths relative to it. */
function servedFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .filter((file) => !HOST_FILES.has(file));
}

const folder = resolve(process.argv[2] ?? 'out');
const files = servedFiles(folder);

const fileExtensions = [...new Set(files.map((file) => extname(file).slice(1)).filter((extension) => extension && extension !== 'html'))].sort();
const shown = relative(process.cwd(), folder) || '.';
write(join(folder, '_headers'), renderHeadersFile(siteConfig.basePath, fileExtensions));
write(join(folder, 'serve.json'), renderServeConfig());
write(join(process.cwd(), NGINX_CONFIG_FILE), renderNginxConfig(siteConfig.basePath));

console.log(`Hosting: ${shown}/_headers, ${shown}/serve.json and ${NGINX_CONFIG_FILE} written${siteConfig.basePath ? ` for ${siteConfig.basePath}` : ''}`);
