import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closestMatch, editDistance } from '@/lib/content/closest-match';
import { checkContent, type SourceFile } from '@/lib/content/rules';
import { publicFolderContext, readSourceFiles } from '@/lib/content/source-files';

const siteRoot = join(import.meta.dirname, '../fixtures/site');
const brokenDir = join(import.meta.dirname, '../fixtures/broken');
const validTree = readSourceFiles(siteRoot);
const context = publicFolderContext(siteRoot);
/** The fixture site's author slugs, as the check lists them. */
const knownAuthors = validTree
  .filter((file) => file.kind === 'author')
  .map((file) => file.path.replace(/^.*\/|\.mdx$/g, ''))
  .join(', ');

/** The valid fixture tree plus one broken file, placed where an author would put it. */
function checkWith(fixture: string, path = `content/articles/2026/${fixture}`, kind: SourceFile['kind'] = 'article') {
  const broken: SourceFile = { path, kind, raw: readFileSync(join(brokenDir, fixture), 'utf8') };
  return checkContent([...validTree, broken], context);
}

/** Asserts exactly the expected problems, each naming the broken file. */
function expectProblems(problems: ReturnType<typeof checkWith>, file: string, expected: Array<{ line?: number; message: RegExp }>) {
  expect(problems.map((p) => p.file)).toEqual(expected.map(() => file));
  expected.forEach(({ line, message }, index) => {
    expect(problems[index]!.message).toMatch(message);
    if (line !== undefined) expect(problems[index]!.line).toBe(line);
  });
}

describe('content rules (docs/content-format.md)', () => {
  it('accepts the valid fixture tree', () => {
    expect(checkContent(validTree, context)).toEqual([]);
  });

  it('accepts the sample content shipped with the site', () => {
    const root = join(import.meta.dirname, '../..');
    expect(checkContent(readSourceFiles(root), publicFolderContext(root))).toEqual([]);
  });

  const file = (name: string) => `content/articles/2026/${name}`;
  const cases: Array<[fixture: string, expected: Array<{ line?: number; message: RegExp }>]> = [
    ['missing-title.mdx', [{ message: /missing required field "title"/ }]],
    ['unknown-field.mdx', [{ line: 6, message: /^unknown field "tittle"; did you mean "title"\?$/ }]],
    [
      'unknown-field-far-from-any.mdx',
      [
        {
          line: 6,
          message:
            /^unknown field "category"; allowed fields are title, date, updated, authors, tags, summary, image, imageAlt, imageCredit, imageKind, draft, corrections, updates, status, access, featured, series, seriesTitle$/,
        },
      ],
    ],
    [
      'misspelt-required-field.mdx',
      [
        { line: 5, message: /^unknown author "ben-inck"; did you mean "ben-ink"\? A new author needs a file content\/authors\/ben-inck\.mdx/ },
        { line: 7, message: /^unknown field "Title"; did you mean "title"\?$/ },
        { line: 10, message: /sentiment "postive" is not one of positive, negative, neutral, mixed; did you mean "positive"\?$/ },
      ],
    ],
    ['invalid-date.mdx', [{ line: 3, message: /"date" must be an ISO 8601 date/ }]],
    ['updated-before-date.mdx', [{ line: 6, message: /"updated" is earlier than "date"/ }]],
    ['empty-authors.mdx', [{ line: 4, message: /"authors" must be a list of at least one/ }]],
    [
      'unknown-author.mdx',
      [
        {
          line: 4,
          message: new RegExp(
            `^unknown author "casper-ghost"; every author needs a file content/authors/casper-ghost\\.mdx \\(known authors: ${knownAuthors}\\)$`,
          ),
        },
      ],
    ],
    ['empty-tags.mdx', [{ line: 5, message: /"tags" must be a list of at least one/ }]],
    ['summary-not-text.mdx', [{ line: 6, message: /"summary" must be a non-empty text/ }]],
    ['draft-not-boolean.mdx', [{ line: 6, message: /"draft" must be true or false/ }]],
    ['image-without-alt.mdx', [{ line: 6, message: /"imageAlt" is required when "image" is set/ }]],
    ['image-missing-file.mdx', [{ line: 6, message: /public\/images\/missing\.jpg does not exist/ }]],
    ['alt-without-image.mdx', [{ line: 6, message: /"imageAlt" is set but there is no "image"/ }]],
    ['invalid-sentiment.mdx', [{ line: 11, message: /sentiment "bullish" is not one of positive, negative, neutral, mixed$/ }]],
    ['missing-sentiment.mdx', [{ line: 11, message: /has no sentiment; add sentiment="…"/ }]],
    ['two-analyst-comments.mdx', [{ line: 15, message: /a second <AnalystComment>; an article has at most one \(the first is on line 11\)/ }]],
    ['broken-mdx-tag.mdx', [{ line: 11, message: /the MDX body cannot be parsed: Expected a closing tag for `<AnalystComment>`/ }]],
    ['unknown-component.mdx', [{ line: 9, message: /unknown component <Chart>/ }]],
    [
      'javascript-expression.mdx',
      [{ line: 10, message: /JavaScript \{expressions\} are not allowed in articles; write the text itself, or escape a literal brace as \\\{/ }],
    ],
    ['malformed-frontmatter.mdx', [{ message: /the frontmatter is not valid YAML/ }]],
    ['Bad_Slug.mdx', [{ message: /the file name "Bad_Slug" is not a valid slug/ }]],
    [
      'broken-references.mdx',
      [
        { line: 8, message: /link to \/articles\/no-such-story, but there is no article "no-such-story"/ },
        { line: 8, message: /link to \/authors\/casper-ghost, but there is no author "casper-ghost"/ },
        { line: 9, message: /link to \/tags\/no-such-topic, but no article is tagged "no-such-topic"/ },
        { line: 9, message: /"bullish" is not a sentiment/ },
        { line: 11, message: /image \/images\/missing-chart\.png does not exist: add public\/images\/missing-chart\.png/ },
      ],
    ],
    [
      'three-mistakes.mdx',
      [
        { line: 2, message: /^unknown field "tittle"; did you mean "title"\?$/ },
        { line: 4, message: /^unknown author "ben-inck"; did you mean "ben-ink"\?/ },
        { line: 10, message: /sentiment "bullish" is not one of positive, negative, neutral, mixed$/ },
      ],
    ],
  ];

  it.each(cases)('%s fails with a message naming the file', (fixture, expected) => {
    expectProblems(checkWith(fixture), file(fixture), expected);
  });

  it('rejects 30 February even though JavaScript would roll it over', () => {
    const raw = readFileSync(join(brokenDir, 'invalid-date.mdx'), 'utf8').replace('2026-13-45', '2026-02-30');
    const problems = checkContent([...validTree, { path: file('feb-30.mdx'), kind: 'article', raw }], context);
    expect(problems).toEqual([expect.objectContaining({ field: 'date', line: 3 })]);
  });

  it('names both files when two articles in different folders share a slug', () => {
    const raw = readFileSync(join(brokenDir, 'unknown-field.mdx'), 'utf8').replace('tittle: Typo\n', '');
    const problems = checkContent(
      [
        ...validTree,
        { path: 'content/articles/2025/same-name.mdx', kind: 'article', raw },
        { path: 'content/articles/2026/same-name.mdx', kind: 'article', raw },
      ],
      context,
    );
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatchObject({ file: 'content/articles/2025/same-name.mdx' });
    expect(problems[0]!.message).toMatch(/duplicate slug "same-name": content\/articles\/2026\/same-name\.mdx has the same file name/);
    expect(problems[1]!.message).toMatch(/content\/articles\/2025\/same-name\.mdx has the same file name/);
  });

  it('reports every problem of an author file: missing name, missing avatar, unknown link', () => {
    const problems = checkWith('author-problems.mdx', 'content/authors/nameless.mdx', 'author');
    expectProblems(problems, 'content/authors/nameless.mdx', [
      { line: 3, message: /public\/images\/nobody\.png does not exist/ },
      { line: 4, message: /unknown link "myspace"; links may be website, x, linkedin, github, mastodon, email/ },
      { message: /missing required field "name"/ },
    ]);
  });

  it('reports an analyst comment in an author bio', () => {
    const raw = readFileSync(join(siteRoot, 'content/authors/ben-ink.mdx'), 'utf8') + '\n<AnalystComment sentiment="mixed">\nNo.\n</AnalystComment>\n';
    const problems = checkContent(
      [...validTree.filter((f) => !f.path.endsWith('ben-ink.mdx')), { path: 'content/authors/ben-ink.mdx', kind: 'author', raw }],
      context,
    );
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/authors/ben-ink.mdx', line: 7, message: expect.stringMatching(/belongs in articles/) }),
    ]);
  });
});

describe('closestMatch (the "did you mean" of the content rules)', () => {
  it.each([
    ['tittle', ['title', 'date', 'tags'], 'title'],
    ['Title', ['title', 'date'], 'title'],
    ['summray', ['summary', 'image'], 'summary'],
    ['dat', ['date', 'draft'], 'date'],
    ['postive', ['positive', 'negative', 'neutral', 'mixed'], 'positive'],
    ['bullish', ['positive', 'negative', 'neutral', 'mixed'], undefined],
    ['category', ['title', 'date', 'tags'], undefined],
    ['ada-quil', ['ada-quill', 'ben-ink'], 'ada-quill'],
  ])('%s among %j → %s', (typo, candidates, expected) => {
    expect(closestMatch(typo, candidates)).toBe(expected);
  });

  it('counts insertions, deletions and substitutions', () => {
    expect([editDistance('kitten', 'sitting'), editDistance('', 'abc'), editDistance('same', 'same')]).toEqual([3, 3, 0]);
  });
});
