/**
 * Writes the site's HTTP headers (lib/security/headers.ts) in each static host's format, after
 * the export: out/_headers for Netlify and Cloudflare Pages, out/serve.json for `npm start` and
 * the browser tests, and the committed nginx snippet deploy/nginx/newsdesk.conf (a unit test
 * fails when the committed one no longer matches). Paths carry the site's base path.
 *
 * Usage: tsx scripts/build-hosting.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { NGINX_CONFIG_FILE, renderHeadersFile, renderNginxConfig, renderServeConfig } from '../lib/security/host-configs';
import { siteConfig } from '../site.config';

function write(file: string, contents: string) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, contents);
}

const outDir = join(process.cwd(), process.argv[2] ?? 'out');
write(join(outDir, '_headers'), renderHeadersFile(siteConfig.basePath));
write(join(outDir, 'serve.json'), renderServeConfig());
write(join(process.cwd(), NGINX_CONFIG_FILE), renderNginxConfig(siteConfig.basePath));

console.log(`Hosting: out/_headers, out/serve.json and ${NGINX_CONFIG_FILE} written${siteConfig.basePath ? ` for ${siteConfig.basePath}` : ''}`);
