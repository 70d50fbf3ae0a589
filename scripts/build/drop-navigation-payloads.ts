/**
 * A build step on the exported folder, right after `next build`: deletes the React Server
 * Component payloads Next writes beside every page (`<page>.txt`, plus `__next.*.txt` segment
 * files in a folder named after the page; five files an article). The browser's router fetches
 * them only for client-side navigation, and the site has none: every internal link is a plain
 * <a> (components/link.tsx) and no code calls the router, so a click loads the next page as HTML,
 * which carries its own payload for hydration. Next 16 has no setting to leave them out.
 * At 1,000 articles they were 8,336 of 12,226 files in out/.
 *
 * Usage: tsx scripts/build/drop-navigation-payloads.ts <folder>
 */
import { readdirSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Next's file name for one segment's prefetch payload (`__next._tree.txt`, `__next.articles.$d$slug.__PAGE__.txt`). */
const SEGMENT_PAYLOAD = /^__next\..*\.txt$/;

/**
 * Which of the exported files (paths relative to the folder) are navigation payloads: segment
 * files, and `<name>.txt` beside a `<name>.html`. Other .txt files (robots.txt, an author's
 * public/notes.txt) have no page of the same name and stay.
 */
export function navigationPayloads(files: string[]): string[] {
  const present = new Set(files);
  return files.filter((file) => {
    const name = file.split(sep).pop()!;
    return SEGMENT_PAYLOAD.test(name) || (file.endsWith('.txt') && present.has(`${file.slice(0, -'.txt'.length)}.html`));
  });
}

/** Deletes the payloads and the folders they leave empty; returns how many files went. */
export function dropNavigationPayloads(folder: string): number {
  const files = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)));
  const payloads = navigationPayloads(files);
  const emptied = new Set<string>();
  for (const file of payloads) {
    rmSync(join(folder, file));
    emptied.add(dirname(file));
  }
  // Deepest first, so a folder whose only child was an emptied folder goes too. rmdir refuses a
  // folder that still holds something, which ends the climb at once: listing the parent instead
  // (articles/ holds two entries an article) made this step grow with the square of the archive.
  const kept = new Set<string>();
  for (const dir of [...emptied].filter((dir) => dir !== '.').sort((a, b) => b.length - a.length)) {
    for (let current = dir; current !== '.' && !kept.has(current); current = dirname(current)) {
      if (!removeIfEmpty(join(folder, current))) {
        kept.add(current);
        break;
      }
    }
  }
  return payloads.length;
}

/** Removes a folder if it is empty (or already gone, taken with an emptied child); false when it still holds something. */
function removeIfEmpty(dir: string): boolean {
  try {
    rmdirSync(dir);
    return true;
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    if (code === 'ENOENT') return true;
    if (code === 'ENOTEMPTY' || code === 'EEXIST') return false;
    throw error;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const folder = process.argv[2];
  if (!folder) throw new Error('Usage: tsx scripts/build/drop-navigation-payloads.ts <folder>');
  console.log(`Dropped ${dropNavigationPayloads(folder)} client-navigation payloads (.txt) from ${folder}.`);
}
