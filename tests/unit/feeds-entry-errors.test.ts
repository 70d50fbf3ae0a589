import { describe, expect, it } from 'vitest';
import { FeedEntryError, inContentFile } from '@/lib/feeds/entry-step';

const FILE = 'content/articles/2026/deep-list.mdx';

function recurseForever(depth: number): number {
  return recurseForever(depth + 1) + 1;
}

describe('an error while building one entry names the content file and the step', () => {
  it('a stack overflow, as a list nested a thousand deep causes, comes out with the file and step', () => {
    let caught: unknown;
    try {
      inContentFile(FILE, 'parsing its exported page', () => recurseForever(0));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(FeedEntryError);
    expect((caught as Error).message).toBe(
      'content/articles/2026/deep-list.mdx: the feeds step failed while parsing its exported page: RangeError: Maximum call stack size exceeded',
    );
    expect((caught as Error).cause).toBeInstanceOf(RangeError);
  });

  it('a missing page, with the reason the system gave', () => {
    const missing = () => {
      throw Object.assign(new Error("ENOENT: no such file or directory, open 'out/articles/x.html'"), { code: 'ENOENT' });
    };
    expect(() => inContentFile(FILE, 'reading its exported page', missing)).toThrow(
      "content/articles/2026/deep-list.mdx: the feeds step failed while reading its exported page: Error: ENOENT: no such file or directory, open 'out/articles/x.html'",
    );
  });

  it('something thrown that is not an Error', () => {
    expect(() =>
      inContentFile(FILE, 'measuring its lead image', () => {
        throw 'no size';
      }),
    ).toThrow('content/articles/2026/deep-list.mdx: the feeds step failed while measuring its lead image: no size');
  });

  it('an inner step is named once, not wrapped again by the outer one', () => {
    const inner = () => inContentFile(FILE, 'taking its body out of the page', () => JSON.parse('{'));
    expect(() => inContentFile(FILE, 'building its feed entry', inner)).toThrow(
      /^content\/articles\/2026\/deep-list\.mdx: the feeds step failed while taking its body out of the page: SyntaxError: /,
    );
  });

  it('returns what the step returns when nothing goes wrong', () => {
    expect(inContentFile(FILE, 'reading its exported page', () => '<html></html>')).toBe('<html></html>');
  });
});
