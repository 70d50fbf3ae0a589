import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomically } from '../write-atomically';

/*
 * What the content check keeps between builds (body analyses, parsed frontmatters): entries by a
 * hash of the text they were made from, in a file under Next's build cache folder (which CI keeps
 * between builds). A whole file belongs to one version of the code that reads content: any change
 * under lib/content/ or to the locked dependencies starts it afresh.
 */

const CONTENT_CODE = dirname(fileURLToPath(import.meta.url));
const LOCK_FILE = join(CONTENT_CODE, '..', '..', 'package-lock.json');

/** A hash of the code that reads content files: this folder's modules and the locked dependencies. */
export function contentCode(): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(CONTENT_CODE).sort()) {
    if (/\.(ts|mjs)$/.test(name)) hash.update(name).update(readFileSync(join(CONTENT_CODE, name)));
  }
  return hash.update(readFileSync(LOCK_FILE)).digest('hex');
}

/** The key of an entry: a hash of the text it was made from. */
export const textKey = (text: string) => createHash('sha256').update(text).digest('base64url');

interface CacheFile<T> {
  code: string;
  entries: Record<string, T>;
}

/** The entries kept in `file` by this code; none when it was written by other code or cannot be read. */
export function readKeptEntries<T>(file: string, code: string): Record<string, T> {
  try {
    const cache = JSON.parse(readFileSync(file, 'utf8')) as CacheFile<T>;
    return cache.code === code && cache.entries && typeof cache.entries === 'object' ? cache.entries : {};
  } catch {
    return {};
  }
}

export function writeKeptEntries<T>(file: string, code: string, entries: Record<string, T>) {
  writeFileAtomically(file, JSON.stringify({ code, entries } satisfies CacheFile<T>));
}
