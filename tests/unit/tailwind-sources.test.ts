import { readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { compile } from '@tailwindcss/node';
import { Scanner } from '@tailwindcss/oxide';
import { describe, expect, it } from 'vitest';

/*
 * The stylesheet must depend on the code alone. Were Tailwind to read articles, a word in a story
 * ("blur", "ring") would add a rule and rename the stylesheet, so one publish would change every
 * page. This compiles app/globals.css with Tailwind's own compiler and scanner, set up as
 * @tailwindcss/postcss sets them up, and lists the files the scanner reads for class names.
 */

const ROOT = join(import.meta.dirname, '../..');
const STYLESHEET = join(ROOT, 'app', 'globals.css');
const CODE_FOLDERS = ['app', 'components', 'lib'];

async function scannedFiles(): Promise<string[]> {
  const compiler = await compile(readFileSync(STYLESHEET, 'utf8'), { base: dirname(STYLESHEET), from: STYLESHEET, onDependency: () => {} });
  // No source(…) on the import scans the whole project; source(none) scans only the @source lines.
  const root = compiler.root === 'none' ? [] : [{ base: ROOT, pattern: '**/*', ...compiler.root, negated: false }];
  const scanner = new Scanner({ sources: [...root, ...compiler.sources] });
  scanner.scan();
  return scanner.files.map((file) => relative(ROOT, file));
}

describe('Tailwind sources', () => {
  it('reads class names from app/, components/ and lib/ only, never from content or tests', async () => {
    const files = await scannedFiles();
    expect(files.filter((file) => !CODE_FOLDERS.includes(file.split(sep)[0]!))).toEqual([]);
    // The scan did happen: files that hold class names are among those read.
    expect(files).toContain(join('components', 'site-header.tsx'));
    expect(files).toContain(join('lib', 'content', 'body-html.ts'));
  });
});
