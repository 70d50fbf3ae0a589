import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '@/lib/content/frontmatter';

const file = (yaml: string) => `---\n${yaml}\n---\n\nBody.\n`;
const problemOf = (yaml: string) => {
  const result = parseFrontmatter(file(yaml));
  return 'problem' in result ? result.problem : undefined;
};
const TOO_DEEP = /^the frontmatter nests lists and fields more than 10 levels deep here/;

describe('frontmatter nesting, read before the YAML parser recurses', () => {
  it('names the line where a flow list goes past 10 levels', () => {
    expect(problemOf(`title: A\ntags: ${'['.repeat(11)}x${']'.repeat(11)}`)).toEqual({ line: 3, message: expect.stringMatching(TOO_DEEP) });
    expect(problemOf(`title: A\ntags: ${'['.repeat(10)}x${']'.repeat(10)}`)).toBeUndefined();
  });

  it('counts indented fields and list entries as levels', () => {
    const fields = Array.from({ length: 12 }, (_, level) => `${' '.repeat(level)}f${level}:`).join('\n');
    expect(problemOf(`${fields} x`)?.line).toBe(13);
    expect(problemOf(`tags:\n${'- '.repeat(11)}x`)).toEqual({ line: 3, message: expect.stringMatching(TOO_DEEP) });
    expect(problemOf(`tags:\n${'- '.repeat(10)}x`)?.message ?? '').not.toMatch(TOO_DEEP);
  });

  it('does not count brackets inside quotes, comments or block text', () => {
    const brackets = '['.repeat(40);
    const yaml = [
      `title: "${brackets}"`,
      `summary: '${brackets}'`,
      `# ${brackets}`,
      'corrections:',
      '  - date: 2026-03-02',
      '    text: |',
      `      ${brackets}`,
      `          - - - - - - - - - - - - ${brackets}`,
      'tags: [Markets, Energy]',
    ].join('\n');
    const result = parseFrontmatter(file(yaml));
    expect('problem' in result ? result.problem : undefined).toBeUndefined();
    expect('data' in result && result.data.tags).toEqual(['Markets', 'Energy']);
  });
});
