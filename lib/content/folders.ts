import { statSync } from 'node:fs';
import { isAbsolute, join, normalize, sep } from 'node:path';

/*
 * Which folders hold the site's content and its images, relative to the project root. A newsroom
 * keeps the defaults; the test suite points both at tests/fixtures/site so that `npm test` passes
 * whatever content/ holds. Every step of the build reads them here, so they cannot disagree.
 */
export const CONTENT_DIR_VARIABLE = 'NEWSDESK_CONTENT_DIR';
export const PUBLIC_DIR_VARIABLE = 'NEWSDESK_PUBLIC_DIR';
/** Set by `npm run dev` (scripts/dev.ts) for the steps it runs: the content compile then skips a broken file instead of failing. */
export const PREVIEW_VARIABLE = 'NEWSDESK_PREVIEW';

type Environment = Record<string, string | undefined>;

/** The folder of articles and authors: `content` unless NEWSDESK_CONTENT_DIR names another. */
export function contentFolder(env: Environment = process.env): string {
  return projectFolder(env, CONTENT_DIR_VARIABLE, 'content');
}

/**
 * The folder of images that content refers to (a lead image /images/a.jpg is <folder>/images/a.jpg):
 * `public` unless NEWSDESK_PUBLIC_DIR names another. Next.js always publishes public/ itself; the
 * build copies another folder over its export (scripts/build/steps.ts).
 */
export function publicFolder(env: Environment = process.env): string {
  return projectFolder(env, PUBLIC_DIR_VARIABLE, 'public');
}

/** A folder inside the project, written with "/" and without a trailing one. */
function projectFolder(env: Environment, variable: string, fallback: string): string {
  const value = env[variable]?.trim();
  if (!value) return fallback;
  const folder = normalize(value).split(sep).join('/').replace(/\/+$/, '');
  if (isAbsolute(value) || folder === '.' || folder === '..' || folder.startsWith('../')) {
    throw new Error(`${variable}=${value}: give a folder inside the project, relative to its root (for example tests/fixtures/site/content)`);
  }
  return folder;
}

/**
 * The size in bytes of a file content refers to by its site path (a lead image), as the feeds give
 * it for an enclosure; undefined when there is no such file (the content check reports that).
 */
export function publicFileBytes(sitePath: string, root = process.cwd()): number | undefined {
  try {
    return statSync(join(root, publicFolder(), sitePath)).size;
  } catch {
    return undefined;
  }
}
