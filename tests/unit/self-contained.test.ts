import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The repository must work as a fresh clone with nothing beside it: no file may reach into a
 * folder next to the checkout (the shared notes and schemas the project grew up with) or into
 * the machine it was written on. This scans every tracked file for paths that climb above the
 * repository root. Every pattern below is written so that it does not match its own source.
 */

const ROOT = join(import.meta.dirname, '../..');
const UP = ['.', '.'].join('');
/** The sibling folder the project used to read its contract and schemas from. */
const SIBLING = 'shared';

export interface OutsideReference {
  line: number;
  text: string;
  why: string;
}

/**
 * A relative path: a token that starts by climbing a folder (not a site path such as /a/../b, not
 * an ellipsis), with whatever follows. A lone `..` in prose is the name of a segment, not a path;
 * as an argument it is caught by JOINED_SEGMENTS.
 */
const RELATIVE_PATH = /(?<![\w./\\%-])\.\.[/\\][^\s'"`()<>\],;]*/g;

/** Segments joined onto the root or onto the file's own folder, as in join(ROOT, UP, 'x'). */
const JOINED_SEGMENTS = /\b(?:join|resolve)\(\s*([\w.]*root[\w.]*|process\.cwd\(\)|import\.meta\.dirname|__dirname)\s*((?:,\s*(['"`])[^'"`\n]*\3\s*)+)\)/gi;

const escapes = (path: string) => path === UP || path.startsWith(`${UP}/`);

/** Where relative paths in this file are resolved from: CI and workflow files run at the root. */
function baseFolder(file: string): string {
  return /^\.(github|ci)\//.test(file) ? '.' : posix.dirname(file);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every place in one file's text that refers to a path outside the repository. `absolutePaths`
 * are folders of this machine no file may name: the checkout itself and whatever lies beside it.
 */
export function outsideReferences(file: string, text: string, absolutePaths: readonly string[] = []): OutsideReference[] {
  const absolute = absolutePaths.map((path) => ({ path, pattern: new RegExp(`${escapeRegExp(path)}(?![\\w.-])`) }));
  const found: OutsideReference[] = [];
  const base = baseFolder(file);
  text.split('\n').forEach((lineText, index) => {
    const report = (why: string) => found.push({ line: index + 1, text: lineText.trim(), why });
    const line = lineText.replaceAll('\\', '/');
    if (line.includes(`${UP}/${SIBLING}`)) report(`names the sibling folder ${SIBLING}/`);
    for (const [token] of line.matchAll(RELATIVE_PATH)) {
      const target = posix.normalize(posix.join(base, token));
      if (escapes(target)) report(`${token} from ${base}/ leaves the repository`);
    }
    for (const [, from, args] of line.matchAll(JOINED_SEGMENTS)) {
      const segments = [...args!.matchAll(/(['"`])([^'"`]*)\1/g)].map((match) => match[2]!);
      const start = /root|cwd/i.test(from!) ? '.' : base;
      const target = posix.normalize(posix.join(start, ...segments));
      if (escapes(target)) report(`${from} joined with ${segments.join(', ')} leaves the repository`);
    }
    for (const { path, pattern } of absolute) if (pattern.test(line)) report(`names ${path}, a folder of the machine this checkout is on`);
  });
  return found;
}

/**
 * The checkout's own absolute path and those of the folders beside it (the shared notes, other
 * checkouts). Folders beside a checkout at the top of the file system are system folders, which
 * documentation may name (/etc/nginx), so none are taken there.
 */
function machinePaths(): string[] {
  const parent = dirname(ROOT);
  if (parent === dirname(parent)) return [ROOT];
  const siblings = readdirSync(parent, { withFileTypes: true }).filter((entry) => entry.isDirectory() && join(parent, entry.name) !== ROOT);
  return [ROOT, ...siblings.map((entry) => join(parent, entry.name))];
}

function trackedFiles(): string[] {
  return execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
}

describe('the repository stands on its own', () => {
  it('no tracked file refers to a path outside the repository', () => {
    const absolutePaths = machinePaths();
    const problems: string[] = [];
    const files = trackedFiles();
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const bytes = readFileSync(join(ROOT, file));
      if (bytes.includes(0)) continue; // images and other binaries
      for (const { line, text, why } of outsideReferences(file, bytes.toString('utf8'), absolutePaths)) {
        problems.push(`${file}:${line}: ${why}\n    ${text}`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

describe('outsideReferences', () => {
  const up = (levels: number, rest = '') => [...Array<string>(levels).fill(UP), ...(rest ? [rest] : [])].join('/');

  it(`finds the sibling ${SIBLING}/ folder however it is written`, () => {
    expect(outsideReferences('README.md', `the contract in [x](${up(1, SIBLING)}/CONTENT.md)`)).toHaveLength(2);
    expect(outsideReferences('tests/e2e/a.spec.ts', `const s = join(PROJECT_ROOT, '${UP}', '${SIBLING}', 'schemas');`)).toEqual([
      {
        line: 1,
        text: `const s = join(PROJECT_ROOT, '${UP}', '${SIBLING}', 'schemas');`,
        why: `PROJECT_ROOT joined with ${UP}, ${SIBLING}, schemas leaves the repository`,
      },
    ]);
    // Even where the relative path would stay inside, naming the sibling folder is refused.
    expect(outsideReferences('tests/e2e/a.ts', `import x from '${up(1, SIBLING)}/x';`).map((r) => r.why)).toEqual([`names the sibling folder ${SIBLING}/`]);
    expect(outsideReferences('lib/a.ts', `// see ${up(2, SIBLING)}\\notes`.replaceAll('/', '\\'))).not.toEqual([]);
  });

  it('resolves relative paths from the file that holds them', () => {
    expect(outsideReferences('tests/site/links.ts', `import { x } from '${up(2, 'site.config')}';`)).toEqual([]);
    expect(outsideReferences('tests/e2e/helpers/content.ts', `new URL('${up(3)}/', import.meta.url)`)).toEqual([]);
    expect(outsideReferences('tests/unit/a.test.ts', `join(import.meta.dirname, '${up(2)}')`)).toEqual([]);
    expect(outsideReferences('tests/unit/a.test.ts', `join(import.meta.dirname, '${up(3)}')`).map((r) => r.line)).toEqual([1, 1]);
    expect(outsideReferences('docs/deploy.md', `[readme](${up(1, 'README.md')})\n[other](${up(2, 'other/README.md')})`).map((r) => r.line)).toEqual([2]);
  });

  it('resolves CI and workflow paths from the root, where they run', () => {
    expect(outsideReferences('.github/workflows/ci.yml', `run: cat ${up(1, 'x')}`)).toHaveLength(1);
    expect(outsideReferences('.ci/run', `cd "$(dirname "$0")/${UP}"`)).toEqual([]);
  });

  it("leaves site paths, ellipses and other folders' parents alone", () => {
    expect(outsideReferences('tests/fixtures/a.mdx', `![escape](/images/${up(2, 'package.json')})`)).toEqual([]);
    expect(outsideReferences('README.md', 'and so on... [...items] 1..3')).toEqual([]);
    expect(outsideReferences('scripts/build/publish.ts', `relative(join(folders.out, '${UP}'), leftover)`)).toEqual([]);
  });

  it('finds absolute paths to the checkout and to the folders beside it', () => {
    const machine = ['/home/dev/newsdesk', '/home/dev/shared'];
    expect(outsideReferences('README.md', 'see /home/dev/shared/notes.md', machine).map((r) => r.why)).toEqual([
      'names /home/dev/shared, a folder of the machine this checkout is on',
    ]);
    expect(outsideReferences('README.md', 'open /home/dev/newsdesk/out/index.html', machine)).toHaveLength(1);
    expect(outsideReferences('README.md', 'root /srv/newsdesk; /home/dev/shared-notes', machine)).toEqual([]);
  });
});
