import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { siteConfig } from '@/site.config';

/*
 * A browser script of the site, bundled from TypeScript when the route serving it renders (in the
 * build, once; in the preview, at each request, so an edit shows at once). Bundling lets it import
 * the same lib/ modules the server renders with (dates, search parameters, URLs): one source for
 * each rule, where an inline script written as its own source text can use nothing but its argument
 * (components/site-behaviours.tsx). esbuild is what tsx already runs on; Next's own bundler would
 * make the script a framework chunk, with the runtime the site's pages no longer load.
 */

/** The bundle of a browser module, by its path from the project root, minified. */
export function browserScript(entry: string): string {
  const { outputFiles } = buildSync({
    entryPoints: [join(process.cwd(), entry)],
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    write: false,
    // The site's address, as Next inlines it into browser code (next.config.ts): URLs get their
    // base path. The whole of process.env is defined, as an object holding only that: Next's
    // generate mode rewrites any text `<word>.NEWSDESK_SITE_URL` in compiled server code, inside
    // strings too, and a key naming the variable became broken JavaScript.
    define: { 'process.env': JSON.stringify({ NEWSDESK_SITE_URL: siteConfig.url }) },
    logLevel: 'silent',
  });
  return outputFiles[0]!.text;
}
