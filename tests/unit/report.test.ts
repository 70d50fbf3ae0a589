import { describe, expect, it } from 'vitest';
import { formatGitHubAnnotations, formatReport } from '@/lib/content/report';

const problems = [
  { file: 'content/articles/a.mdx', line: 4, message: 'unknown author "x"; known authors: a, b' },
  { file: 'content/articles/a.mdx', line: 12, message: 'sentiment "up" is not one of positive, negative' },
  { file: 'content/articles/b,c.mdx', message: 'missing required field "title" (100%)' },
];

describe('content check report', () => {
  it('groups problems by file with their lines and sums them up', () => {
    expect(formatReport(problems)).toBe(
      [
        'content/articles/a.mdx',
        '  line 4: unknown author "x"; known authors: a, b',
        '  line 12: sentiment "up" is not one of positive, negative',
        '',
        'content/articles/b,c.mdx',
        '  file: missing required field "title" (100%)',
        '',
        'Content check failed: 3 problems in 2 files. Nothing was published; fix the lines above and run the check again.',
      ].join('\n'),
    );
    expect(formatReport([])).toMatch(/passed/);
  });

  it('keeps quoted line breaks on one line, so no author text can start a workflow command', () => {
    const hostile = [
      { file: 'content/articles/x\n::warning::y.mdx', line: 4, message: 'unknown author "x\n::error file=README.md::spoof\r\n::stop-commands::t"' },
    ];
    const lines = formatReport(hostile).split('\n');
    expect(lines.slice(0, 2)).toEqual([
      'content/articles/x\\n::warning::y.mdx',
      '  line 4: unknown author "x\\n::error file=README.md::spoof\\u000d\\n::stop-commands::t"',
    ]);
    expect(lines.filter((line) => line.startsWith('::'))).toEqual([]);
  });

  it('writes GitHub annotations with file and line, escaping what workflow commands require', () => {
    expect(formatGitHubAnnotations(problems).split('\n')).toEqual([
      '::error file=content/articles/a.mdx,line=4,title=Content check::unknown author "x"; known authors: a, b',
      '::error file=content/articles/a.mdx,line=12,title=Content check::sentiment "up" is not one of positive, negative',
      '::error file=content/articles/b%2Cc.mdx,title=Content check::missing required field "title" (100%25)',
    ]);
  });
});
