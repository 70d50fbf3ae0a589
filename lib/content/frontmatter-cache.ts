import { join } from 'node:path';
import { contentCode, readKeptEntries, textKey, writeKeptEntries } from './content-cache';
import { type Frontmatter, parseFrontmatter } from './frontmatter';
import type { SourceFile } from './rules';

/*
 * Once bodies come from their cache (analysis-cache.ts), parsing YAML is most of the content
 * check's time: at 20,000 files about 5 s, and as much again collecting the garbage it leaves,
 * while a correction changes one file. So the check keeps each file's parsed frontmatter (its
 * fields, and the lines the rules name) under a hash of the file's text, as it keeps body
 * analyses (./content-cache.ts), and parses only new and edited files. A file whose frontmatter
 * has a problem is parsed again every time (it is reported, and rare); so is one holding a value
 * JSON would not keep exactly (YAML's .inf, .nan and -0).
 */
export const FRONTMATTER_CACHE_FILE = '.next/cache/newsdesk/frontmatters.json';

export type ParsedFrontmatter = ReturnType<typeof parseFrontmatter>;

/** A parsed frontmatter as the cache keeps it: no body (the file has it), maps as entry lists. */
interface KeptFrontmatter {
  data: Record<string, unknown>;
  bodyStartLine: number;
  fieldLines: Array<[string, number]>;
  texts: Frontmatter['texts'];
  entryLines: Array<[string, number]>;
}

/** Whether JSON gives `value` back exactly: no non-finite number and no -0 anywhere in it. */
function keepsInJson(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (value === null || typeof value !== 'object') return true;
  return Object.values(value).every(keepsInJson);
}

const kept = ({ data, bodyStartLine, fieldLines, texts, entryLines }: Frontmatter): KeptFrontmatter => ({
  data,
  bodyStartLine,
  fieldLines: [...fieldLines],
  texts,
  entryLines: [...entryLines],
});

const restored = (entry: KeptFrontmatter, text: string): Frontmatter => ({
  data: entry.data,
  body: text.split('\n').slice(entry.bodyStartLine - 1).join('\n'),
  bodyStartLine: entry.bodyStartLine,
  fieldLines: new Map(entry.fieldLines),
  texts: entry.texts,
  entryLines: new Map(entry.entryLines),
});

/**
 * Each readable file's frontmatter (refused files are left out), parsed only when the cache in
 * `cacheRoot` (the project the check runs in) has no entry for its text. The cache is written
 * again with these files' entries only, so it never outgrows the archive, and not at all when
 * nothing in it would change.
 */
export function parseFrontmattersCached(cacheRoot: string, files: readonly SourceFile[]): Map<SourceFile, ParsedFrontmatter> {
  const cacheFile = join(cacheRoot, FRONTMATTER_CACHE_FILE);
  const code = contentCode();
  const before = readKeptEntries<KeptFrontmatter>(cacheFile, code);
  const keep: Record<string, KeptFrontmatter> = {};
  const results = new Map<SourceFile, ParsedFrontmatter>();
  let parsedAny = false;
  for (const file of files) {
    if (file.refusal) continue;
    const key = textKey(file.raw);
    if (Object.hasOwn(before, key)) {
      results.set(file, restored(before[key]!, file.raw));
      keep[key] = before[key]!;
      continue;
    }
    const parsed = parseFrontmatter(file.raw);
    parsedAny = true;
    results.set(file, parsed);
    if (!('problem' in parsed) && keepsInJson(parsed.data)) keep[key] = kept(parsed);
  }
  if (parsedAny || Object.keys(keep).length !== Object.keys(before).length) {
    writeKeptEntries(cacheFile, code, keep);
  }
  return results;
}
