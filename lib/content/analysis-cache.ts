import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomically } from '../write-atomically';
import { analyseBodies, type BodyToAnalyse } from './analysis-pool';
import type { MdxAnalysis } from './mdx-analysis';

/*
 * Reading a body's Markdown is most of the content check's time (about 5 s at 1,000 articles, a
 * minute at 20,000), and a correction changes one body. So the check keeps every clean analysis
 * in Next's build cache folder (which CI keeps between builds), keyed by a hash of the body, and
 * reads only bodies it has not read before. The whole cache belongs to one version of the code
 * that reads bodies: any change under lib/content/ or to the locked dependencies starts it afresh.
 * Only analyses without issues are kept, so a refused body (and a body that ran out of time) is
 * read again by every check.
 */
export const ANALYSIS_CACHE_FILE = '.next/cache/newsdesk/body-analyses.json';

interface CacheFile {
  code: string;
  analyses: Record<string, MdxAnalysis>;
}

const CONTENT_CODE = dirname(fileURLToPath(import.meta.url));
const LOCK_FILE = join(CONTENT_CODE, '..', '..', 'package-lock.json');

/**
 * A hash of the code that reads bodies: this folder's modules, its subfolders' too (the build's
 * compile hands the check its analyses: ./compile/), and the locked dependencies.
 */
function analysisCode(): string {
  const hash = createHash('sha256');
  const names = readdirSync(CONTENT_CODE, { recursive: true, encoding: 'utf8' }).sort();
  for (const name of names) {
    if (/\.(ts|mjs)$/.test(name)) hash.update(name).update(readFileSync(join(CONTENT_CODE, name)));
  }
  return hash.update(readFileSync(LOCK_FILE)).digest('hex');
}

const bodyKey = (body: string) => createHash('sha256').update(body).digest('base64url');

function readCache(file: string, code: string): Record<string, MdxAnalysis> {
  try {
    const cache = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
    return cache.code === code && cache.analyses && typeof cache.analyses === 'object' ? cache.analyses : {};
  } catch {
    return {};
  }
}

/**
 * analyseBodies, reading only the bodies the cache in `cacheRoot` (the project the check runs in)
 * has no clean analysis of, and that are not `known` already (analysed by the compile, by key).
 * The cache is written again with the analyses of these bodies only, so it never outgrows the archive.
 */
export async function analyseBodiesCached(
  cacheRoot: string,
  bodies: readonly BodyToAnalyse[],
  deadlineMs: number,
  known: ReadonlyMap<string, MdxAnalysis> = new Map(),
): Promise<Map<string, MdxAnalysis>> {
  const file = join(cacheRoot, ANALYSIS_CACHE_FILE);
  const code = analysisCode();
  const kept = readCache(file, code);
  const keys = new Map(bodies.map(({ key, body }) => [key, bodyKey(body)]));
  const fresh = await analyseBodies(
    bodies.filter(({ key }) => !known.has(key) && !Object.hasOwn(kept, keys.get(key)!)),
    deadlineMs,
  );
  const results = new Map<string, MdxAnalysis>();
  const keep: Record<string, MdxAnalysis> = {};
  for (const { key } of bodies) {
    const hash = keys.get(key)!;
    const analysis = known.get(key) ?? (Object.hasOwn(kept, hash) ? kept[hash]! : fresh.get(key)!);
    results.set(key, analysis);
    if (analysis.issues.length === 0) keep[hash] = analysis;
  }
  writeFileAtomically(file, JSON.stringify({ code, analyses: keep } satisfies CacheFile));
  return results;
}
