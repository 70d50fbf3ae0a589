import { describe, expect, it } from 'vitest';
import { authorLinks } from '@/lib/author-links';
import { shareTargets } from '@/lib/share';
import { initials, truncateAtWord } from '@/lib/text';

describe('shareTargets', () => {
  it('puts the encoded article URL and title into plain share links', () => {
    const url = 'https://news.example/articles/a-b';
    const targets = Object.fromEntries(shareTargets(url, 'Rates & "risks"').map((t) => [t.network, t.href]));
    expect(new URL(targets.x!).searchParams.get('url')).toBe(url);
    expect(new URL(targets.x!).searchParams.get('text')).toBe('Rates & "risks"');
    expect(new URL(targets.linkedin!).searchParams.get('url')).toBe(url);
    expect(targets.email).toBe('mailto:?subject=Rates%20%26%20%22risks%22&body=https%3A%2F%2Fnews.example%2Farticles%2Fa-b');
  });
});

describe('authorLinks', () => {
  it('labels links in a fixed order and turns handles and addresses into URLs', () => {
    expect(authorLinks({ email: 'a@example.com', x: '@ada', website: 'https://example.com', github: 'ada' })).toEqual([
      { key: 'website', label: 'Website', href: 'https://example.com' },
      { key: 'x', label: 'X', href: 'https://x.com/ada' },
      { key: 'github', label: 'GitHub', href: 'https://github.com/ada' },
      { key: 'email', label: 'Email', href: 'mailto:a@example.com' },
    ]);
    expect(authorLinks(undefined)).toEqual([]);
  });
});

describe('text helpers', () => {
  it('truncates at a word boundary and marks the cut', () => {
    expect(truncateAtWord('short', 10)).toBe('short');
    expect(truncateAtWord('The quick brown fox jumps over the lazy dog', 20)).toBe('The quick brown fox…');
    expect(truncateAtWord('The quick brown fox jumps over the lazy dog', 20).length).toBeLessThanOrEqual(20);
  });

  it('makes initials from first and last names, in any script', () => {
    expect(initials('Maya Okafor')).toBe('MO');
    expect(initials('Ana María de la Cruz')).toBe('AC');
    expect(initials('Lin')).toBe('L');
    expect(initials('élodie martin')).toBe('ÉM');
  });
});
