import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { selectAll } from 'hast-util-select';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

export interface PageWeight {
  /** The page's HTML, gzip-compressed. */
  htmlGzipBytes: number;
  /** Every script a modern browser loads for the page, each gzip-compressed, summed. */
  scriptGzipBytes: number;
}

const gzipBytes = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

/** The scripts a modern browser fetches: `nomodule` polyfills are skipped by every current browser. */
export function loadedScriptPaths(html: string): string[] {
  const tree = unified().use(rehypeParse).parse(html);
  return selectAll('script[src]:not([nomodule])', tree).map((script) => String(script.properties.src));
}

/** What one exported page costs a reader, read from `outDir` as a static host would serve it. */
export function pageWeight(outDir: string, pageFile: string): PageWeight {
  const html = readFileSync(join(outDir, pageFile), 'utf8');
  const scripts = [...new Set(loadedScriptPaths(html))];
  return {
    htmlGzipBytes: gzipBytes(html),
    scriptGzipBytes: scripts.reduce((sum, src) => sum + gzipBytes(readFileSync(join(outDir, decodeURIComponent(new URL(src, 'http://site/').pathname)))), 0),
  };
}
