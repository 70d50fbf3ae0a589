import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentProblem } from './rules';

/*
 * In `npm run dev` the content check keeps running beside the server (scripts/check-content.ts
 * --watch) and writes what it finds here. Every page of the preview reads the file, so an author
 * sees their mistake, with file and line, in the browser, instead of an old version of the page.
 */
export const PREVIEW_PROBLEMS_FILE = join('.newsdesk', 'content-problems.json');

export function readPreviewProblems(projectRoot = process.cwd()): ContentProblem[] {
  try {
    return JSON.parse(readFileSync(join(projectRoot, PREVIEW_PROBLEMS_FILE), 'utf8')) as ContentProblem[];
  } catch {
    // No check has finished yet.
    return [];
  }
}
