import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { socialCardFontFiles } from './og-fonts';

/*
 * Drawing one share card costs about 26 ms of CPU, some nine minutes of CPU for a 20,000-article archive. A
 * card only changes when what it shows or how it is drawn changes, so drawn cards are kept in
 * Next's build cache folder (.next/cache, which CI systems keep between builds: see the Pages
 * workflow) under a hash of both, and a build draws only the cards it has never drawn.
 */
const cacheDir = () => join(process.cwd(), '.next', 'cache', 'social-cards');

/** The files that decide how a card looks; editing any of them redraws every card. */
// lib/sentiment.ts: a card prints its verdict's label; package-lock.json: the drawing libraries' versions.
export const DESIGN_FILES = [
  'components/og/social-card.tsx',
  'components/og/palette.ts',
  'lib/og-fonts.ts',
  'lib/og-image.ts',
  'lib/indexed-png.ts',
  'lib/png-file.ts',
  'lib/og-text.ts',
  'lib/sentiment.ts',
  'package-lock.json',
];

let designFingerprint: string | undefined;
function design(): string {
  designFingerprint ??= DESIGN_FILES.map((file) => join(process.cwd(), file))
    .concat(socialCardFontFiles())
    .reduce((hash, file) => hash.update(readFileSync(file)), createHash('sha256'))
    .digest('hex');
  return designFingerprint;
}

/** Where the card showing `content` is kept once drawn; the file exists only if some build drew it. */
export function cardCacheFile(content: unknown): string {
  const key = createHash('sha256').update(design()).update(JSON.stringify(content)).digest('hex');
  return join(cacheDir(), `${key}.png`);
}

/**
 * The PNG `draw` makes from `content`, drawn only when no earlier build drew the same card.
 * `source` names the content file the card belongs to: a card that cannot be drawn fails the
 * build with that name, not with a bare Satori message among thousands of cards.
 */
export async function cachedCard(content: unknown, draw: () => Promise<Uint8Array<ArrayBuffer>>, source: string): Promise<Uint8Array<ArrayBuffer>> {
  const file = cardCacheFile(content);
  if (existsSync(file)) return new Uint8Array(readFileSync(file));
  const png = await draw().catch((error: unknown) => {
    throw new Error(`${source}: its share card could not be drawn: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  });
  // Written under a name of its own, then renamed: workers drawing two identical cards at once,
  // or a build stopped mid-write, never leave a half-written PNG under the key.
  mkdirSync(cacheDir(), { recursive: true });
  const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.partial`;
  writeFileSync(partial, png);
  renameSync(partial, file);
  return png;
}
