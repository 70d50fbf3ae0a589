import { describe, expect, it } from 'vitest';
import { contentFolder, publicFolder } from '@/lib/content/folders';

describe('content and image folders', () => {
  it('default to content/ and public/', () => {
    expect(contentFolder({})).toBe('content');
    expect(publicFolder({ NEWSDESK_CONTENT_DIR: 'elsewhere' })).toBe('public');
  });

  it('take a folder inside the project, written with "/" and no trailing one', () => {
    expect(contentFolder({ NEWSDESK_CONTENT_DIR: './tests/fixtures/site/content/' })).toBe('tests/fixtures/site/content');
    expect(publicFolder({ NEWSDESK_PUBLIC_DIR: 'tests//fixtures/site/public' })).toBe('tests/fixtures/site/public');
  });

  it('refuse folders outside the project, naming the variable', () => {
    for (const value of ['../elsewhere/content', '/srv/content', 'a/../../b', '.']) {
      expect(() => contentFolder({ NEWSDESK_CONTENT_DIR: value }), value).toThrow(/^NEWSDESK_CONTENT_DIR=.*: give a folder inside the project/);
    }
  });
});
