import { readFileSync, renameSync, writeFileSync } from 'node:fs';

/**
 * Writes a file by replacing it, never by editing it in place, and not at all when it would not
 * change. An incremental build's staging folder holds hard links to out/'s files
 * (scripts/build/merge-export.ts): writing through one would change the published site before
 * the build is published, and leave it changed if the build then failed.
 */
export function replaceFile(path: string, contents: string, current = readFileSync(path, 'utf8')) {
  if (current === contents) return;
  writeFileSync(`${path}.replacing`, contents);
  renameSync(`${path}.replacing`, path);
}
