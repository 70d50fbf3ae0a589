import { describe, expect, it } from 'vitest';
import { bodyComponents } from '@/components/body-components';
import { documentCompiler } from '@/lib/content/compile/compile-document';

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

  it('refuses a file it cannot compile faithfully, with the line', () => {
    expect(compiler.compile(source(article.replace('title: ', 'tittle: ')))).toEqual({
      problem: { line: 2, message: expect.stringMatching(/^unknown field "tittle"; did you mean "title"\?/) },
    });
    // The schema knows `corrections` only as a list; its entries must still fit what pages read.
    expect(compiler.compile(source(`${article}\ncorrections:\n  - 1\n  - 2`))).toEqual({
      problem: { line: 7, message: '"corrections[0]" must be an object, got 1' },
    });
    expect(compiler.compile({ ...source(article), text: '---js\n{}\n---\n' })).toEqual({
      problem: { line: 1, message: expect.stringContaining('only YAML frontmatter') },
    });
  });
});
