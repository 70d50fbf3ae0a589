/**
 * The last step of the build, on the exported folder: gives every page its own script policy
 * (lib/security/page-policy.ts: the hashes of its inline scripts in a CSP meta), then writes the
 * site's HTTP headers (lib/security/headers.ts) in each static host's format: _headers for
 * Netlify and Cloudflare Pages, serve.json for `npm start` and the browser tests, and the
 * committed nginx snippet deploy/nginx/newsdesk.conf (a unit test fails when the committed one
 * no longer matches). Paths carry the site's base path.
 *
 * Usage: tsx scripts/build-hosting.ts [folder] [--carried FILE]   (the exported folder, out by default)
 *        --carried: a JSON list of the folder's files an incremental build carried over unchanged
 *        from out/ (scripts/build/merge-export.ts). Their pages got their policy from the build
 *        that wrote them, with the same code, so they are not parsed again.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { NGINX_CONFIG_FILE, renderHeadersFile, renderNginxConfig, renderServeConfig } from '../lib/security/host-configs';
import { givePagePolicies } from './build/page-policies';
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

const { values: options, positionals } = parseArgs({ allowPositionals: true, options: { carried: { type: 'string' } } });
const folder = resolve(positionals[0] ?? 'out');
const files = servedFiles(folder);
const carried = new Set<string>(options.carried ? JSON.parse(readFileSync(options.carried, 'utf8')) : []);
const pages = files.filter((file) => file.endsWith('.html') && !carried.has(file));

const started = performance.now();
const scripts = await givePagePolicies(pages.map((page) => join(folder, page)));
const elapsed = performance.now() - started;
console.log(
  `Hosting: ${pages.length} pages given their script policy (${scripts} inline script hashes) in ${(elapsed / 1000).toFixed(1)} s; ${carried.size} files carried over unchanged`,
);

const fileExtensions = [...new Set(files.map((file) => extname(file).slice(1)).filter((extension) => extension && extension !== 'html'))].sort();
const shown = relative(process.cwd(), folder) || '.';
write(join(folder, '_headers'), renderHeadersFile(siteConfig.basePath, fileExtensions));
write(join(folder, 'serve.json'), renderServeConfig());
write(join(process.cwd(), NGINX_CONFIG_FILE), renderNginxConfig(siteConfig.basePath));

console.log(`Hosting: ${shown}/_headers, ${shown}/serve.json and ${NGINX_CONFIG_FILE} written${siteConfig.basePath ? ` for ${siteConfig.basePath}` : ''}`);
