import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Writes a file under a temporary name and renames it into place: a reader never sees half of it. */
export function writeFileAtomically(file: string, contents: string) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.partial`, contents);
  renameSync(`${file}.partial`, file);
}
