/**
 * The code fingerprint: one hash of every file that decides how a page looks, and of the site's
 * settings as this build reads them (the site URL comes from the environment), of the project's
 * folder (webpack's chunks differ from one folder to another, so pages compiled elsewhere would
 * point at chunks this build does not write) and of the Node version. When it changes, the build is
 * full: no page fingerprint can tell what a code change touches.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Folders and files of code and configuration, relative to the project root. */
export const CODE_PATHS = [
  'app',
  'components',
  'lib',
  'scripts',
  'site.config.ts',
  'next.config.ts',
  'postcss.config.mjs',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
  // Next reads settings (the site URL, say) from these files itself; the plan's own process does not.
  '.env',
  '.env.local',
  '.env.production',
  '.env.production.local',
  // Pagefind reads its settings from these (and PAGEFIND_ variables): the search shards' prints rest on this fingerprint.
  'pagefind.toml',
  'pagefind.yml',
  'pagefind.yaml',
  'pagefind.json',
] as const;

function filesUnder(root: string, path: string): string[] {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

/** One hash of the files under `paths` (names and bytes) and of `extra`. */
function fingerprintOf(root: string, paths: readonly string[], extra: unknown): string {
  const hash = createHash('sha256');
  const files = paths.flatMap((path) => filesUnder(root, path)).sort();
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(root, file)))
      .update('\0');
  hash.update(JSON.stringify(extra));
  return hash.digest('base64url').slice(0, 27);
}

/** Pagefind's settings from the environment (PAGEFIND_*), which change the index as its files do. */
const pagefindVariables = () =>
  Object.entries(process.env)
    .filter(([name]) => name.startsWith('PAGEFIND_'))
    .sort(([a], [b]) => (a < b ? -1 : 1));

export function codeFingerprint(root: string, settings: unknown): string {
  return fingerprintOf(root, CODE_PATHS, { settings, root, node: process.version, pagefind: pagefindVariables() });
}

/**
 * What compiled content depends on besides the content (scripts/compile-content.ts): lib/ and
 * components/ (the body pipeline renders the body's components), the compile step and the locked
 * dependencies. Narrower than the code fingerprint, so a change to a route or a build step does
 * not compile 20,000 articles again.
 */
const COMPILE_CODE_PATHS = ['lib', 'components', 'scripts/compile-content.ts', 'scripts/compile', 'tsconfig.json', 'package-lock.json'] as const;

export function compileCode(root: string): string {
  return fingerprintOf(root, COMPILE_CODE_PATHS, { node: process.version });
}
