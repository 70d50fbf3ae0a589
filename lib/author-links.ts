import { AUTHOR_LINK_KEYS, type AuthorLinkKey, type AuthorLinks } from './content/schema';

const LABELS: Record<AuthorLinkKey, string> = {
  website: 'Website',
  x: 'X',
  linkedin: 'LinkedIn',
  github: 'GitHub',
  mastodon: 'Mastodon',
  email: 'Email',
};

/** Where a bare handle (no URL) points, for the networks whose profile URLs are predictable. */
const HANDLE_URLS: Partial<Record<AuthorLinkKey, (handle: string) => string>> = {
  x: (handle) => `https://x.com/${handle}`,
  github: (handle) => `https://github.com/${handle}`,
  linkedin: (handle) => `https://www.linkedin.com/in/${handle}`,
};

export interface AuthorLink {
  key: AuthorLinkKey;
  label: string;
  href: string;
}

/** Turns an author's `links` map into labelled links, in a fixed order, accepting URLs or handles. */
export function authorLinks(links: AuthorLinks | undefined): AuthorLink[] {
  if (!links) return [];
  return AUTHOR_LINK_KEYS.flatMap((key) => {
    const value = links[key]?.trim();
    if (!value) return [];
    return [{ key, label: LABELS[key], href: linkHref(key, value) }];
  });
}

function linkHref(key: AuthorLinkKey, value: string): string {
  if (key === 'email') return value.startsWith('mailto:') ? value : `mailto:${value}`;
  if (/^https?:\/\//.test(value)) return value;
  const handle = value.replace(/^@/, '');
  return HANDLE_URLS[key]?.(handle) ?? value;
}
