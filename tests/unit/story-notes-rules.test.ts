/*
 * The rules of `corrections`, `updates`, `status` and `access` (docs/content-format.md, "Corrections,
 * updates and developing stories"): each mistake is reported once, on its own line, with what is
 * expected, against a fixed build clock.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/rules';
import { publicFolderContext, readSourceFiles } from '@/lib/content/source-files';

const siteRoot = join(import.meta.dirname, '../fixtures/site');
const validTree = readSourceFiles(siteRoot);
const NOW = new Date('2026-06-15T12:00:00Z');
const context = { ...publicFolderContext(siteRoot), now: NOW };
const FILE = 'content/articles/2026/notes.mdx';

/** An otherwise valid article dated `date`, with `extra` frontmatter lines starting on line 6. */
const articleWith = (extra: string, date = '2026-06-01') =>
  `---\ntitle: Notes\ndate: ${date}\nauthors: [ada-quill]\ntags: [Markets]\n${extra}\n---\n\nBody text.\n`;

/** [line, message] of every problem in the article. */
function problemsOf(extra: string, date?: string) {
  return checkContent([...validTree, { path: FILE, kind: 'article', raw: articleWith(extra, date) }], context).map((p) => {
    expect(p.file).toBe(FILE);
    return [p.line, p.message];
  });
}

describe('corrections and updates', () => {
  it('accepts dated notes, date-times with zones, a developing status and premium access', () => {
    const extra = [
      'corrections:',
      '  - date: 2026-06-02',
      '    text: An earlier version gave the wrong year for the merger.',
      'updates:',
      '  - date: 2026-06-01T09:30:00Z',
      "    text: 'Regulators: no comment.'",
      '  - { date: "2026-06-15T13:30:00+02:00", text: Markets closed. }',
      'status: developing',
      'access: premium',
    ].join('\n');
    expect(problemsOf(extra)).toEqual([]);
  });

  it.each([
    ['corrections: Wrong year', [[6, '"corrections" must be a list of at least one entry, each with a "date" and a "text"']]],
    ['corrections: []', [[6, '"corrections" must be a list of at least one entry, each with a "date" and a "text"']]],
    [
      'updates:\n  - Markets closed.',
      [[7, 'update 1: each entry of "updates" is a "date" and a "text", written "- date: 2026-11-03" with "text: …" on the next line, indented to match']],
    ],
    ['corrections:\n  - date: 2026-06-02\n    txt: Wrong year.', [[8, 'correction 1: unknown key "txt"; did you mean "text"?']]],
    [
      'corrections:\n  - date: 2026-06-02\n    by: Desk',
      [
        [7, 'correction 1: missing "text"'],
        [8, 'correction 1: unknown key "by"; an entry has only "date" and "text"'],
      ],
    ],
    ['updates:\n  - text: Closed.', [[7, 'update 1: missing "date"']]],
    [
      'corrections:\n  - date: 2026-02-30\n    text: Wrong year.',
      [[7, 'correction 1: "date" must be an ISO 8601 date or date-time in the years 1000 to 9999, such as 2026-11-03 or 2026-11-03T09:30:00Z']],
    ],
    [
      'corrections:\n  - date: 2026-06-02\n    text: Fine.\n  - date: 2026-05-31\n    text: Before publication.',
      [[9, 'correction 2: "date" 2026-05-31 is earlier than the article\'s "date"; a correction comes at or after publication']],
    ],
    [
      'updates:\n  - date: 2026-06-15T12:00:01Z\n    text: Tomorrow.',
      [
        [
          7,
          'update 1: "date" 2026-06-15T12:00:01Z is after the time of this build (2026-06-15T12:00:00.000Z); a published story cannot carry an update from the future',
        ],
      ],
    ],
    ['corrections:\n  - date: 2026-06-02\n    text: 1999', [[8, 'correction 1: "text" must be a non-empty text; put it in quotes if it starts with a symbol']]],
    ['corrections:\n  - date: 2026-06-02\n    text: "  "', [[8, 'correction 1: "text" must be a non-empty text; put it in quotes if it starts with a symbol']]],
    [`corrections:\n  - date: 2026-06-02\n    text: ${'x'.repeat(1001)}`, [[8, 'correction 1: "text" is 1001 characters long; at most 1000 are allowed']]],
    ['correction:\n  - date: 2026-06-02\n    text: Wrong year.', [[6, 'unknown field "correction"; did you mean "corrections"?']]],
    ['status: develping', [[6, '"status" must be "developing" (or left out); did you mean "developing"?']]],
    ['status: true', [[6, '"status" must be "developing" (or left out)']]],
    ['access: paid', [[6, '"access" must be one of "free", "premium"']]],
    ['access: Premium', [[6, '"access" must be one of "free", "premium"; did you mean "premium"?']]],
  ])('%s', (extra, expected) => {
    expect(problemsOf(extra)).toEqual(expected);
  });

  it('lets a scheduled story carry notes dated after the build, but not before its own date', () => {
    expect(problemsOf('updates:\n  - date: 2026-07-02T08:00:00Z\n    text: Prepared.', '2026-07-01')).toEqual([]);
  });

  it('refuses more than 100 entries in one list, once', () => {
    const many = Array.from({ length: 101 }, (_, i) => `  - { date: 2026-06-02, text: Note ${i} }`).join('\n');
    expect(problemsOf(`updates:\n${many}`)).toEqual([[6, '"updates" lists 101 entries; at most 100 are allowed']]);
  });

  it('refuses control and bidirectional characters in a note, on its line', () => {
    expect(problemsOf('corrections:\n  - date: 2026-06-02\n    text: "Name was \\u202Eeman"')).toEqual([
      [8, '"corrections" contains the invisible or control character U+202E; remove it (it can make text display differently from what is stored)'],
    ]);
  });
});
