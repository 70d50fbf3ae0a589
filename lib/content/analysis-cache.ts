import { join } from 'node:path';
import { contentCode, readKeptEntries, textKey, writeKeptEntries } from './content-cache';
import { analyseBodies, type BodyToAnalyse } from './analysis-pool';
import type { MdxAnalysis } from './mdx-analysis';

/*
 * Reading a body's Markdown is most of the content check's time (about 5 s at 1,000 articles, a
 * minute at 20,000), and a correction changes one body. So the check keeps every clean analysis
 * between builds (./content-cache.ts), keyed by a hash of the body, and reads only bodies it has
 * not read before. Only analyses without issues are kept, so a refused body (and a body that ran
 * out of time) is read again by every check.
 */
export const ANALYSIS_CACHE_FILE = '.next/cache/newsdesk/body-analyses.json';

/**
 * analyseBodies, reading only the bodies the cache in `cacheRoot` (the project the check runs in)
 * has no clean analysis of. The cache is written again with the analyses of these bodies only, so
 * it never outgrows the archive.
 */
export async function analyseBodiesCached(cacheRoot: string, bodies: readonly BodyToAnalyse[], deadlineMs: number): Promise<Map<string, MdxAnalysis>> {
  const file = join(cacheRoot, ANALYSIS_CACHE_FILE);
  const code = contentCode();
  const kept = readKeptEntries<MdxAnalysis>(file, code);
  const keys = new Map(bodies.map(({ key, body }) => [key, textKey(body)]));
  const fresh = await analyseBodies(
    bodies.filter(({ key }) => !Object.hasOwn(kept, keys.get(key)!)),
    deadlineMs,
  );
  const results = new Map<string, MdxAnalysis>();
  const keep: Record<string, MdxAnalysis> = {};
  for (const { key } of bodies) {
    const hash = keys.get(key)!;
    const analysis = Object.hasOwn(kept, hash) ? kept[hash]! : fresh.get(key)!;
    results.set(key, analysis);
    if (analysis.issues.length === 0) keep[hash] = analysis;
  }
  writeKeptEntries(file, code, keep);
  return results;
}
