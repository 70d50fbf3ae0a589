import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsx } from 'react/jsx-runtime';
import { describe, expect, it } from 'vitest';
import { bodyComponents } from '@/components/body-components';
import { documentCompiler } from '@/lib/content/compile/compile-document';
import { parseFrontmatter } from '@/lib/content/frontmatter';
import { analyzeMdx } from '@/lib/content/mdx-analysis';
import { decodeSourceText } from '@/lib/content/source-text';

/*
 * One content file through the compiler, without the step around it (tests/unit/content-compile.test.ts
 * runs the step): what it types, works out and typesets, and what it refuses.
 */
const compiler = documentCompiler(bodyComponents, (sitePath) => (sitePath === '/images/a.png' ? { width: 1200, height: 800 } : { width: 1, height: 1 }));
const FILE = 'content/articles/2026/quotes.mdx';
const source = (frontmatter: string, body = 'The "first" paragraph -- as written...') => ({
  contentFile: FILE,
  type: 'Article' as const,
  text: `---\n${frontmatter}\n---\n\n${body}\n`,
});
const article = ['title: The "Quoted" Title -- Part 1', 'date: 2026-03-02 10:30', 'authors: [ada-quill]', 'tags: ["Markets \'Now\'"]'].join('\n');

describe('the document compiler', () => {
  it('typesets the texts readers see once, and leaves tags, names and slugs as written', () => {
    const compiled = compiler.compile(source(`${article}\nimage: /images/a.png\nimageAlt: A "flat" line\nimageCredit: Ada's desk`));
    if ('problem' in compiled) throw new Error(compiled.problem.message);
    expect(compiled.fields).toMatchObject({
      title: 'The “Quoted” Title – Part 1',
      // No summary: the dek is the lead paragraph, typeset.
      dek: 'The “first” paragraph – as written…',
      imageAlt: 'A “flat” line',
      imageCredit: 'Ada’s desk',
      leadImage: { src: '/images/a.png', alt: 'A “flat” line', credit: 'Ada’s desk', kind: 'photo', width: 1200, height: 800 },
      tags: ["Markets 'Now'"],
      authors: ['ada-quill'],
      slug: 'quotes',
    });
  });

  it('converts dates to UTC instants and works out the verdict', () => {
    const compiled = compiler.compile(
      source(article, 'Text.\n\n<AnalystComment sentiment="mixed" analyst="lin-wei" date="2026-03-03">\nWhy.\n</AnalystComment>'),
    );
    if ('problem' in compiled) throw new Error(compiled.problem.message);
    expect(compiled.fields).toMatchObject({
      date: new Date('2026-03-02 10:30').toISOString(),
      sentiment: 'mixed',
      analyst: 'lin-wei',
      verdictDate: '2026-03-03',
    });
    expect(compiled.bodyHtml).toContain('Why.');
  });

  it("loads the body's first image at once only when the frontmatter names no lead image", () => {
    const body = 'Text.\n\n![A chart](/images/chart.png)';
    const imageOf = (frontmatter: string) => {
      const compiled = compiler.compile(source(frontmatter, body));
      if ('problem' in compiled) throw new Error(compiled.problem.message);
      return /<img [^>]*>/.exec(compiled.bodyHtml)?.[0];
    };
    expect(imageOf(article)).not.toContain('loading="lazy"');
    expect(imageOf(`${article}\nimage: /images/a.png\nimageAlt: A lead`)).toContain('loading="lazy"');
  });

  it('refuses a file it cannot compile faithfully, with the line', () => {
    expect(compiler.compile(source(article.replace('title: ', 'tittle: ')))).toEqual({
      problem: { line: 2, message: expect.stringMatching(/^unknown field "tittle"; did you mean "title"\?/) },
    });
    // The schema knows `corrections` only as a list; its entries must still fit what pages read.
    // Refused after its body was read: the body's analysis comes with the problem, for the check.
    expect(compiler.compile(source(`${article}\ncorrections:\n  - 1\n  - 2`))).toEqual({
      problem: { line: 7, message: '"corrections[0]" must be an object, got 1' },
      analysis: expect.objectContaining({ leadParagraph: 'The "first" paragraph -- as written...' }),
    });
    expect(compiler.compile({ ...source(article), text: '---js\n{}\n---\n' })).toEqual({
      problem: { line: 1, message: expect.stringContaining('only YAML frontmatter') },
    });
  });
});

describe('a script in a compiled body', () => {
  it('is refused, naming the script, had the sanitiser let one through', () => {
    // Components render after the sanitiser: one that writes a script stands in for a sanitiser bug.
    const leaky = documentCompiler({ ...bodyComponents, p: () => jsx('script', { children: 'alert(1)' }) }, () => ({ width: 1, height: 1 }));
    const result = leaky.compile(source(article));
    expect('problem' in result && result.problem).toEqual({ line: undefined, message: 'the body renders a <script> ("alert(1)"), which no page may carry' });
    expect('problem' in compiler.compile(source(article))).toBe(false);
  });
});

describe("the compile's analysis of a body", () => {
  // The build's content check reads these instead of parsing each body again (scripts/compile-content.ts --check).
  it('is the analysis the content check makes of the body alone, lines included, for every fixture file', () => {
    const fixtures = join(import.meta.dirname, '../fixtures');
    const files = readdirSync(fixtures, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.mdx'));
    let compared = 0;
    for (const file of files) {
      const decoded = decodeSourceText(readFileSync(join(fixtures, file)));
      if ('problem' in decoded) continue;
      const frontmatter = parseFrontmatter(decoded.text);
      if ('problem' in frontmatter) continue;
      const type = file.includes('/authors/') ? 'Author' : file.includes('/pages/') ? 'Page' : 'Article';
      const result = compiler.compile({ contentFile: file, type, text: decoded.text });
      if (!result.analysis) continue;
      expect(result.analysis, file).toEqual(analyzeMdx(frontmatter.body));
      compared += 1;
    }
    // Every file whose frontmatter passes: broken bodies too (a syntax error is the analysis's issue).
    expect(compared).toBeGreaterThan(100);
  });
});
