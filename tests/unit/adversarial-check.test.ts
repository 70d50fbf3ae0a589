import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, type ContentProblem } from '@/lib/content/rules';
import { publicFileProblems, publicFolderContext, readSourceFiles } from '@/lib/content/source-files';
import { buildAdversarialTree, FIXTURES } from '../support/adversarial-tree';

/*
 * The adversarial corpus (tests/fixtures/adversarial/refused/ and tests/support/adversarial-tree.ts):
 * every hostile file must be refused by the content check with a message that names the file and
 * the line. Each case lists exactly the problems expected, in order; nothing else may be reported.
 */
const root = buildAdversarialTree();
afterAll(() => rmSync(root, { recursive: true, force: true }));
const problems = checkContent(readSourceFiles(root), publicFolderContext(root));

type Expected = [line: number | undefined, message: RegExp];
const article = (name: string) => `content/articles/adversarial/${name}`;
const NOT_ALLOWED = (element: string) => new RegExp(`the HTML element <${element}> is not allowed in articles or bios`);
const FIRST_LINE = /must start with a line of exactly --- that opens its YAML frontmatter .*only YAML frontmatter is accepted/;
const SYMLINK = /symbolic links are not allowed under content\//;
const OUTSIDE = /may not contain "\.\." segments/;
const FEATURED = /^"featured" must be true or a whole-number rank from 1 to 99 \(1 makes the story the lead; the others order the Editor's picks\)$/;
const SERIES_SLUG = /^"series" must be a slug: lowercase letters, digits and single hyphens, for example "grid-week"/;

const cases: Record<string, Expected[]> = {
  // Frontmatter is YAML and only YAML.
  [article('js-frontmatter.mdx')]: [[1, FIRST_LINE]],
  [article('javascript-frontmatter-spaced.mdx')]: [[1, FIRST_LINE]],
  [article('unclosed-frontmatter.mdx')]: [[1, /never closed; end it with a line of exactly ---/]],
  // A "--- " line is YAML's document marker here, not the end of the frontmatter: the body starts at line 9.
  [article('fence-with-trailing-space.mdx')]: [
    [12, NOT_ALLOWED('script')],
    [14, /link javascript:alert\(1\) uses the javascript: scheme/],
  ],
  [article('frontmatter-list.mdx')]: [[2, /must be "field: value" lines, not a single value or a list/]],
  [article('yaml-bomb.mdx')]: [[5, /YAML anchors \(&a\) are not allowed/]],
  [article('duplicate-keys.mdx')]: [[6, /not valid YAML \(Map keys must be unique\)/]],
  [article('yaml-type-tag.mdx')]: [[2, /YAML tags \(tag:yaml.org,2002:js\/function\) are not allowed/]],
  [article('proto-key.mdx')]: [[6, /unknown field "__proto__"/]],
  [article('year-ten-thousand.mdx')]: [[4, /"updated" must be an ISO 8601 date or date-time in the years 1000 to 9999/]],
  [article('impossible-time-zone.mdx')]: [[3, /"date" must be an ISO 8601 date or date-time/]],
  // Text is text.
  [article('lone-surrogate.mdx')]: [[2, /"title" contains a lone surrogate/]],
  [article('bidi-override.mdx')]: [[2, /"title" contains the invisible or control character U\+202E/]],
  [article('control-characters.mdx')]: [[6, /"summary" contains the invisible or control character U\+0007/]],
  [article('zero-width-tag.mdx')]: [[5, /"tags" contains the invisible or control character U\+200B/]],
  [article('invalid-utf8.mdx')]: [[9, /not valid UTF-8; save it as UTF-8/]],
  // Raw HTML is an allowlist.
  [article('script-in-body.mdx')]: [[10, NOT_ALLOWED('script')]],
  [article('iframe-srcdoc.mdx')]: [[10, NOT_ALLOWED('iframe')]],
  [article('svg-animate.mdx')]: [
    [10, NOT_ALLOWED('svg')],
    [10, NOT_ALLOWED('animate')],
    [10, NOT_ALLOWED('text')],
  ],
  [article('meta-refresh.mdx')]: [[10, NOT_ALLOWED('meta')]],
  [article('embeds-and-page-elements.mdx')]: [
    [8, NOT_ALLOWED('object')],
    [10, NOT_ALLOWED('embed')],
    [12, NOT_ALLOWED('base')],
    [14, NOT_ALLOWED('form')],
    [14, NOT_ALLOWED('button')],
    [16, NOT_ALLOWED('style')],
    [16, /JavaScript \{expressions\} are not allowed/],
    [18, NOT_ALLOWED('link')],
  ],
  [article('handlers-and-styles.mdx')]: [
    [8, /the attribute onClick="…" is not allowed on <a>: event handlers run script/],
    [8, /link to \/articles\/x, but there is no article "x"/],
    [10, /the attribute style="…" is not allowed on <span>/],
    [12, /the attribute class="…" is not allowed on <p>/],
  ],
  [article('analyst-comment-handler.mdx')]: [[10, /the attribute onClick="…" is not allowed on <AnalystComment>/]],
  [article('jsx-attributes.mdx')]: [
    [8, /\{…spread\} attributes are not allowed on <a>/],
    [10, /href on <a> must be a quoted text/],
  ],
  [article('jsx-fragment.mdx')]: [[8, /fragments \(<>…<\/>\) are not allowed/]],
  [article('html-comment.mdx')]: [[10, /the MDX body cannot be parsed/]],
  [article('hostile-link-schemes.mdx')]: [
    [8, /link javascript:alert\(1\) uses the javascript: scheme/],
    [10, /uses the vbscript: scheme/],
    [12, /uses the data: scheme/],
    [14, /link JaVaScRiPt:alert\(1\) uses the javascript: scheme/],
    [16, /link java\tscript:alert\(1\) uses the javascript: scheme/],
  ],
  [article('hostile-images.mdx')]: [
    [8, /image data:image\/png.* is not a file of the site/],
    [10, /image https:\/\/evil.example\/pixel.png is not a file of the site/],
    [12, OUTSIDE],
  ],
  // A reference-style image renders its label's definition, the first one for a label.
  [article('reference-images.mdx')]: [
    [12, /image https:\/\/tracker.example\/p.gif is not a file of the site/],
    [13, /image \/images\/not-in-public.png does not exist/],
    [14, /image data:image\/gif.* is not a file of the site/],
  ],
  [article('broken-percent-encoding.mdx')]: [[8, /has a broken percent-encoding/]],
  // Paths stay inside the repository.
  [article('image-dot-dot.mdx')]: [[6, OUTSIDE]],
  [article('image-encoded-dot-dot.mdx')]: [[6, OUTSIDE]],
  [article('lead-image-not-an-image.mdx')]: [
    [6, /"image" points to \/images\/not-an-image.svg, which is not an image the site can read \(unsupported file type/],
  ],
  // The lead image's kind names it in the caption: one of a fixed list, and only with an image.
  [article('image-kind-unknown.mdx')]: [[9, /^"imageKind" must be one of "photo", "illustration", "graphic"$/]],
  [article('image-kind-case.mdx')]: [[8, /^"imageKind" must be one of "photo", "illustration", "graphic"; did you mean "graphic"\?$/]],
  [article('image-kind-list.mdx')]: [[8, /^"imageKind" must be one of "photo", "illustration", "graphic"$/]],
  [article('image-kind-without-image.mdx')]: [[6, /^"imageKind" is set but there is no "image"; add the image or remove the line$/]],
  [article('image-protocol-relative.mdx')]: [[6, /"image" must be a path under public\/ starting with \//]],
  [article('symlinked-file.mdx')]: [[undefined, SYMLINK]],
  [article('symlinked-folder')]: [[undefined, SYMLINK]],
  // Limits.
  [article('huge-article.mdx')]: [[undefined, /the file is 5\d{3} kB; a content file may be at most 512 kB/]],
  [article('ten-thousand-tags.mdx')]: [[5, /"tags" lists 10000 entries; at most 20 are allowed/]],
  [article('tag-too-long.mdx')]: [[5, /longer than 60 characters/]],
  [article(`${'f'.repeat(120)}/${'g'.repeat(120)}.mdx`)]: [[undefined, /too long for the build: it names a file after it \(folders included\) of 283 bytes/]],
  [article('tag-slug-too-long.mdx')]: [[5, /makes a page address of 299 bytes .*at most 200 are allowed/]],
  [article(`${'a'.repeat(210)}.mdx`)]: [[undefined, /is 210 bytes long; a slug may be at most 200/]],
  [article('title-too-long.mdx')]: [[2, /"title" is 269 characters long; at most 200 are allowed/]],
  [article('list-nested-1000-deep.mdx')]: [[8, /opens more than 10 quotes or lists inside one another/]],
  [article('frontmatter-nested-6000-deep.mdx')]: [[5, /the frontmatter nests lists and fields more than 10 levels deep here/]],
  // Each "- levelN:" line opens a list and a map in the one above: line 8 reaches levels 11 and 12.
  [article('frontmatter-blocks-nested-deep.mdx')]: [[8, /the frontmatter nests lists and fields more than 10 levels deep here/]],
  [article('quotes-nested-100000-deep.mdx')]: [[8, /opens more than 10 quotes or lists inside one another/]],
  [article('deep-blockquotes.mdx')]: [[8, /opens more than 10 quotes or lists inside one another/]],
  [article('deep-indented-list.mdx')]: [[18, /nested 11 or more deep here; at most 10 levels are allowed/]],
  // Corrections, updates, status and access: notes are plain text with a date, switches take their words only.
  [article('correction-bidi-override.mdx')]: [[8, /"corrections" contains the invisible or control character U\+202E/]],
  [article('correction-hostile-entries.mdx')]: [
    [7, /^correction 1: each entry of "corrections" is a "date" and a "text"/],
    [9, /^correction 2: "text" must be a non-empty text/],
    [12, /^correction 3: unknown key "__proto__"; an entry has only "date" and "text"/],
    [13, /^correction 4: "date" 2099-01-01 is after the time of this build .*a published story cannot carry a correction from the future/],
  ],
  [article('updates-flood.mdx')]: [[6, /"updates" lists 101 entries; at most 100 are allowed/]],
  [article('update-too-long.mdx')]: [[8, /^update 1: "text" is 1249 characters long; at most 1000 are allowed/]],
  [article('status-and-access-hostile.mdx')]: [
    [6, /^"status" must be "developing" \(or left out\)$/],
    [7, /^"access" must be one of "free", "premium"$/],
  ],
  // The front page and series (lib/content/front-page-rules.ts).
  [article('featured-rank-zero.mdx')]: [[6, FEATURED]],
  [article('featured-quoted-true.mdx')]: [[6, FEATURED]],
  [article('featured-fractional-rank.mdx')]: [[6, FEATURED]],
  [article('featured-huge-rank.mdx')]: [[6, FEATURED]],
  [article('featured-rank-list.mdx')]: [[6, FEATURED]],
  [article('featured-lead-without-image.mdx')]: [[6, /"featured: 1" makes this the lead story, which shows its lead image; add "image" and "imageAlt"/]],
  [article('series-path-traversal.mdx')]: [[6, SERIES_SLUG]],
  [article('series-markup.mdx')]: [[6, SERIES_SLUG]],
  [article('series-slug-too-long.mdx')]: [[6, /"series" is 245 bytes long; a series slug names its page, and at most 200 bytes are allowed/]],
  [article('series-title-alone.mdx')]: [[6, /"seriesTitle" is set but there is no "series"/]],
  [article('series-title-conflict-b.mdx')]: [
    [
      7,
      /^"seriesTitle" "Another title" differs from "The one title" in content\/articles\/adversarial\/series-title-conflict-a\.mdx; every part of the series "conflicting-titles"/,
    ],
  ],
  // Signed verdicts: the analyst is an author, the date a real day no earlier than the story.
  [article('analyst-unknown.mdx')]: [
    [10, /^<AnalystComment> analyst "cora-vanse" is not an author; did you mean "cora-vance"\? A new analyst needs a file content\/authors\/cora-vanse\.mdx/],
  ],
  [article('analyst-empty.mdx')]: [
    [10, /^<AnalystComment> date must be a quoted text such as date="…", not an \{expression\}$/],
    [10, /^<AnalystComment> analyst="" names no one/],
  ],
  [article('analyst-date-impossible.mdx')]: [[10, /^<AnalystComment> date "2026-02-30" must be an ISO 8601 date/]],
  [article('analyst-date-before-story.mdx')]: [[10, /^<AnalystComment> date 2026-03-01T09:00:00Z is earlier than the article's "date"/]],
  [article('masthead-in-article.mdx')]: [[10, /^<Masthead \/> belongs in trust pages \(content\/pages\/\), not in articles or author bios$/]],
  'content/authors/trust-fields.mdx': [
    [3, /^"status" is "formr"; did you mean "former"\? Use guest or former, or leave it out for current staff$/],
    [4, /^"analyst" must be true or false$/],
    [5, /^"beats" must be a list of at least one non-empty text/],
  ],
  // Trust pages: the articles' rules for frontmatter and body, and their own fields.
  'content/pages/js-frontmatter.mdx': [[1, FIRST_LINE]],
  'content/pages/hostile-page.mdx': [
    [2, /"title" contains the invisible or control character U\+200B/],
    [4, /^"order" must be a whole number from 0 to 999/],
    [5, /^unknown field "sentiment"; allowed fields are title, summary, updated, order$/],
    [8, NOT_ALLOWED('script')],
    [10, /^<AnalystComment> belongs in articles, not in author bios or pages$/],
    [14, /^link to \/about\/no-such-page, but there is no page "no-such-page" \(a file content\/pages\/no-such-page\.mdx\)$/],
    [14, /^link to \/about\/about: the page about\.mdx is published at \/about; link there$/],
  ],
  'content/pages/masthead-misplaced.mdx': [
    [5, /^<Masthead \/> must stand on a line of its own/],
    [7, /^a second <Masthead \/>; a page lists the staff once \(the first is on line 5\)$/],
    [7, /^<Masthead \/> must stand on a line of its own/],
    [7, /^<Masthead \/> takes no content/],
  ],
  // Authors: bios and links follow the same rules.
  'content/authors/script-bio.mdx': [[7, NOT_ALLOWED('script')]],
  'content/authors/long-link.mdx': [[3, /link "website" is 620 characters long; at most 500 are allowed/]],
  'content/authors/hostile-links.mdx': [
    [3, /link "website" must be an https:\/\/ address/],
    [3, /link "github" must be an https:\/\/ address or a handle/],
    [3, /link "email" must be an e-mail address/],
  ],
};

const byFile = new Map<string, ContentProblem[]>();
for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);

describe('the adversarial corpus', () => {
  it('reports problems only for the hostile files, and for every one of them', () => {
    expect([...byFile.keys()].sort()).toEqual(Object.keys(cases).sort());
  });

  it.each(Object.entries(cases))('%s is refused with its line and message', (file, expected) => {
    const found = byFile.get(file) ?? [];
    expect(found.map(({ line, message }) => ({ line, message }))).toEqual(
      expected.map(([line, message]) => ({ line, message: expect.stringMatching(message) })),
    );
  });
});

describe('public/ holds images only', () => {
  it('refuses pages, scripts, active SVGs and symbolic links, which the export would publish as they are', () => {
    expect(publicFileProblems(root).map(({ file, message }) => [file, message])).toEqual([
      ['public/images/active.svg', expect.stringMatching(/^this SVG contains script, event handlers/)],
      ['public/images/app.js', expect.stringMatching(/^only images may be put under public\//)],
      ['public/images/leak.png', expect.stringMatching(/^symbolic links are not allowed under public\/: the build would publish whatever the link points to/)],
      ['public/images/page.html', expect.stringMatching(/^only images may be put under public\//)],
    ]);
  });

  it('accepts the fixture site and the sample site', () => {
    expect(publicFileProblems(join(import.meta.dirname, '../fixtures/site'))).toEqual([]);
    expect(publicFileProblems(join(import.meta.dirname, '../..'))).toEqual([]);
  });
});

describe('JavaScript frontmatter never runs', () => {
  it('the content check refuses it and leaves no marker', () => {
    const marker = join(root, 'marker');
    const result = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '../../scripts/check-content.ts'), root], {
      encoding: 'utf8',
      env: { ...process.env, NEWSDESK_ADVERSARIAL_MARKER: marker },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/content\/articles\/adversarial\/js-frontmatter\.mdx\n {2}line 1: a content file must start with a line of exactly ---/);
    expect(existsSync(marker)).toBe(false);
  });
});

describe('a body that would take minutes to parse', () => {
  it('is refused by the check once its deadline passes, naming the file', () => {
    // Passes the text scan, yet took 64 s to parse when a red-team found it.
    const slow = `---\ntitle: Slow to parse\ndate: 2026-03-02\nauthors: [ada-quill]\ntags: [Markets]\n---\n\n${'- > a\n'.repeat(4800)}`;
    const site = join(root, 'slow-site');
    cpSync(join(FIXTURES, 'site'), site, { recursive: true });
    writeFileSync(join(site, 'content/articles/2026/slow-to-parse.mdx'), slow);
    const result = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '../../scripts/check-content.ts'), site], {
      encoding: 'utf8',
      env: { ...process.env, NEWSDESK_CHECK_BODY_DEADLINE_MS: '1000' },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /content\/articles\/2026\/slow-to-parse\.mdx\n {2}file: the body took more than 1 s to read, so its formatting is too complex to publish safely/,
    );
  });
});
