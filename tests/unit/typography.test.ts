import { retext } from 'retext';
import retextSmartypants from 'retext-smartypants';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { bodyComponents } from '@/components/body-components';
import { bodyHtmlPipeline } from '@/lib/content/body-html';
import { bodyFile } from '@/lib/content/body-images';
import { documentCompiler } from '@/lib/content/compile/compile-document';
import { articleFromDocument, authorFromDocument } from '@/lib/content/records';
import { truncateAtWord } from '@/lib/text';
import { TYPOGRAPHY_OPTIONS, typeset, typesetMarks, typesetQuotes } from '@/lib/typography';

function render(body: string, { hasLeadImage = false } = {}): string {
  const processor = unified();
  bodyHtmlPipeline(bodyComponents)(processor);
  return String(processor.processSync(bodyFile(body, { hasLeadImage })));
}

describe('typeset', () => {
  it('curls quotes and apostrophes, sets dashes the LaTeX way and makes ellipses', () => {
    expect(typeset(`"Don't panic," she said -- twice... in 2020--2024 and---then '90s`)).toBe('“Don’t panic,” she said – twice… in 2020–2024 and—then ’90s');
  });

  it('leaves text without such marks, backticks and single hyphens alone', () => {
    expect(typeset('A co-op in `code` and 人工智能')).toBe('A co-op in `code` and 人工智能');
  });

  it('quotes CJK text with the same curly marks', () => {
    expect(typeset('人工智能 "测试"')).toBe('人工智能 “测试”');
  });
});

describe('the two passes bodies are set in', () => {
  // Each pass skips text it cannot change; what it returns must be what parsing would have given.
  const parsed = (options: object) => {
    const processor = retext().use(retextSmartypants, { ...TYPOGRAPHY_OPTIONS, ...options });
    return (text: string) => String(processor.processSync(text));
  };
  const quotesOnly = parsed({ dashes: false, ellipses: false, backticks: false });
  const marksOnly = parsed({ quotes: false });
  const pieces = [
    '"',
    "'",
    '-',
    '--',
    '---',
    '–',
    '–-',
    '—',
    '.',
    '..',
    '...',
    '. . .',
    ' ',
    '\u0085',
    '\u00a0',
    '\u2009',
    '\n',
    'word',
    '2020',
    '`',
    '…',
    '!',
    '(',
  ];
  const samples = [
    ...pieces.flatMap((a) => pieces.map((b) => `${a}${b}`)),
    ...pieces.flatMap((a) => pieces.flatMap((b) => pieces.map((c) => `x${a}${b}${c}y`))),
  ];

  it('returns what a full quotes pass returns, for every text', () => {
    const differ = samples.filter((text) => typesetQuotes(text) !== quotesOnly(text));
    expect(differ).toEqual([]);
  });

  it('returns what a full dashes-and-ellipses pass returns, for every text', () => {
    const differ = samples.filter((text) => typesetMarks(text) !== marksOnly(text));
    expect(differ).toEqual([]);
    // Among the samples are texts of every kind the pass changes.
    expect(['a--b', 'a---b', 'a–-b', 'wait... then', 'wait . . . then', 'wait .\u0085.\u0085. then'].map(typesetMarks)).toEqual([
      'a–b',
      'a—b',
      'a—b',
      'wait… then',
      'wait … then',
      'wait … then',
    ]);
  });
});

describe('typography in bodies', () => {
  it('curls quotes in prose, across emphasis and links, and in table cells and headings', () => {
    expect(render(`"It's *done*," he said -- "[really](/x)"...`)).toBe('<p>“It’s <em>done</em>,” he said – “<a href="/x">really</a>”…</p>');
    expect(render('## The "plan"\n\n| a |\n| - |\n| "b" |')).toContain('<h2>The “plan”</h2>');
    expect(render('| a |\n| - |\n| "b" |')).toContain('<td>“b”</td>');
  });

  it('never touches inline code, code blocks or code-like HTML elements', () => {
    expect(render('Run `git commit -m "x" --amend...` now.')).toBe('<p>Run <code>git commit -m &quot;x&quot; --amend...</code> now.</p>');
    expect(render('```sh\necho "it\'s" -- ...\n```')).toContain('echo &quot;it&#x27;s&quot; -- ...');
    expect(render('Press <kbd>--force</kbd> or <code>"a"</code> and <samp>It\'s...</samp> "ok".')).toBe(
      '<p>Press <kbd>--force</kbd> or <code>&quot;a&quot;</code> and <samp>It&#x27;s...</samp> “ok”.</p>',
    );
  });

  it('keeps addresses shown as link text exactly as written', () => {
    const html = render('See https://example.com/a--b...c and www.example.com/it\'s--x or <a href="https://example.com/--">https://example.com/--</a>.');
    expect(html).toContain('>https://example.com/a--b...c</a>');
    expect(html).toContain('>www.example.com/it&#x27;s--x</a>');
    expect(html).toContain('>https://example.com/--</a>');
    // Link text that is words is prose.
    expect(render('[the "plan" -- here](https://example.com/)')).toContain('>the “plan” – here</a>');
  });

  it("typesets the analyst comment's headline", () => {
    expect(render('<AnalystComment sentiment="mixed" headline="It\'s cheap -- for now...">\nWhy.\n</AnalystComment>')).toContain(
      'Mixed news</span>: It’s cheap – for now…',
    );
  });
});

describe('body images', () => {
  const images = '![One](/images/1.png)\n\n![Two](/images/2.png)\n\n<img src="/images/3.png" alt="Three" />';

  it('are lazy and decoded off the main thread, the first excepted when there is no lead image', () => {
    const html = render(images);
    expect(html.match(/<img [^>]*>/g)).toEqual([
      '<img src="/images/1.png" alt="One" decoding="async"/>',
      '<img src="/images/2.png" alt="Two" decoding="async" loading="lazy"/>',
      '<img src="/images/3.png" alt="Three" decoding="async" loading="lazy"/>',
    ]);
    // React preloads only the eager one.
    expect(html.match(/<link [^>]*>/g)).toEqual(['<link rel="preload" as="image" href="/images/1.png"/>']);
  });

  it('are all lazy and never preloaded when the lead image comes first', () => {
    const html = render(images, { hasLeadImage: true });
    expect(html.match(/<img [^>]*>/g)?.every((img) => img.includes('loading="lazy"'))).toBe(true);
    expect(html).not.toContain('<link');
  });
});

describe('frontmatter text at the typed boundary', () => {
  // The compile typesets (lib/content/compile/compile-document.ts); the records read what it wrote.
  const compiler = documentCompiler(bodyComponents, () => ({ width: 1, height: 1 }));
  const compiled = (contentFile: string, type: 'Article' | 'Author', frontmatter: string[]) => {
    const result = compiler.compile({ contentFile, type, text: `---\n${frontmatter.join('\n')}\n---\n\nBody.\n` });
    if ('problem' in result) throw new Error(result.problem.message);
    return JSON.parse(JSON.stringify(result)) as typeof result;
  };

  it('typesets what readers see and keeps slugs, tags and names as written', () => {
    const article = articleFromDocument(
      compiled('content/articles/it-s-here.mdx', 'Article', [
        `title: It's "here" -- at last...`,
        'date: 2026-03-02',
        'authors: [ada]',
        `tags: ["Rock 'n' Roll"]`,
        `summary: A "summary"`,
        'image: /a.png',
        `imageAlt: A "chart"`,
        `imageCredit: Ada's desk`,
        'imageKind: graphic',
      ]),
    );
    expect(article).toMatchObject({
      slug: 'it-s-here',
      title: 'It’s “here” – at last…',
      tags: [`Rock 'n' Roll`],
      summary: 'A “summary”',
      dek: 'A “summary”',
      imageCredit: 'Ada’s desk',
      leadImage: { alt: 'A “chart”', credit: 'Ada’s desk', kind: 'graphic' },
    });
    const author = authorFromDocument(compiled('content/authors/o.mdx', 'Author', [`name: Dan O'Neil`, `role: The desk's "editor"`]));
    expect(author).toMatchObject({ name: `Dan O'Neil`, role: 'The desk’s “editor”' });
  });
});

describe('truncateAtWord (automatic summaries)', () => {
  const long =
    'Officials said the plan would cut costs, but the details remain unclear and several members of the board have asked for more time before any vote.';

  it('returns text that fits with its white space collapsed', () => {
    expect(truncateAtWord('  Short\n text. ', 20)).toBe('Short text.');
  });

  it('cuts after a whole word, drops dangling punctuation and marks the cut', () => {
    expect(truncateAtWord(long, 100)).toBe('Officials said the plan would cut costs, but the details remain unclear and several members of the…');
    expect(truncateAtWord(long, 42)).toBe('Officials said the plan would cut costs…');
    expect(truncateAtWord('The quick brown fox jumps over the lazy dog', 20)).toBe('The quick brown fox…');
  });

  it('ends on a whole sentence, without a mark, when one fills at least half the room', () => {
    expect(truncateAtWord(`The board met on Tuesday and voted to delay the plant. ${long}`, 100)).toBe(
      'The board met on Tuesday and voted to delay the plant.',
    );
    expect(truncateAtWord(`It met. ${long}`, 100)).toMatch(/^It met\. Officials said .*…$/);
  });

  it('does not take an abbreviation for the end of a sentence', () => {
    expect(truncateAtWord('The company said on Tuesday that Mr. Smith would leave the board at the end of the year.', 60)).toBe(
      'The company said on Tuesday that Mr. Smith would leave the…',
    );
  });

  it('cuts Chinese at a word or sentence boundary, never inside a word', () => {
    expect(truncateAtWord('人工智能公司发布了新的模型，价格更低，性能更好，用户数量持续增长，市场反应积极。', 20)).toBe(
      '人工智能公司发布了新的模型，价格更低…',
    );
    expect(truncateAtWord('价格更低，性能更好。人工智能公司发布了新的模型。用户数量持续增长。', 26)).toBe('价格更低，性能更好。人工智能公司发布了新的模型。');
  });

  it('cuts a word longer than the room between whole characters', () => {
    expect(truncateAtWord('Supercalifragilisticexpialidocious words', 10)).toBe('Supercali…');
    expect(truncateAtWord('👩‍👩‍👧‍👦👩‍👩‍👧‍👦👩‍👩‍👧‍👦', 16)).toBe('👩‍👩‍👧‍👦…');
  });

  it('stays within the room', () => {
    for (const max of [10, 25, 60, 99]) expect(truncateAtWord(long, max).length).toBeLessThanOrEqual(max);
  });
});
