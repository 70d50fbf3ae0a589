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
const HANDLE_URLS: Partial<Record<AuthorLinkKey, (handle: string) => string | undefined>> = {
  x: (handle) => `https://x.com/${handle}`,
  github: (handle) => `https://github.com/${handle}`,
  linkedin: (handle) => `https://www.linkedin.com/in/${handle}`,
  // A fediverse handle names its server: name@server.social lives at https://server.social/@name.
  mastodon: (handle) => {
    const [name, server] = handle.split('@');
    return server ? `https://${server}/@${name}` : undefined;
  },
};

export interface AuthorLink {
  key: AuthorLinkKey;
  label: string;
  href: string;
}

/**
 * Turns an author's `links` map into labelled links, in a fixed order, accepting URLs or handles.
 * A link the content check would refuse is dropped here too, so no page, feed or JSON-LD
 * `sameAs` can carry a javascript: or data: URL even if the check was skipped.
 */
export function authorLinks(links: AuthorLinks | undefined): AuthorLink[] {
  if (!links) return [];
  return AUTHOR_LINK_KEYS.flatMap((key) => {
    const value = links[key]?.trim();
    const href = value ? linkHref(key, value) : undefined;
    return href ? [{ key, label: LABELS[key], href }] : [];
  });
}

/** Handles: letters, digits and the punctuation networks allow; e-mail addresses: one @ and no spaces. */
const HANDLE = /^@?[\p{L}\p{N}._-]+(?:@[\p{L}\p{N}.-]+)?$/u;
const EMAIL = /^(?:mailto:)?[^\s@<>"]+@[^\s@<>"]+$/;

function linkHref(key: AuthorLinkKey, value: string): string | undefined {
  if (key === 'email') return EMAIL.test(value) ? (value.startsWith('mailto:') ? value : `mailto:${value}`) : undefined;
  if (/^https?:\/\//i.test(value)) return URL.canParse(value) ? value : undefined;
  if (!HANDLE.test(value)) return undefined;
  const handle = value.replace(/^@/, '');
  return HANDLE_URLS[key]?.(handle);
}

/** Why an author link is refused, or undefined when it becomes a safe link. */
export function authorLinkProblem(key: AuthorLinkKey, value: string): string | undefined {
  if (linkHref(key, value.trim())) return undefined;
  return key === 'email'
    ? `link "email" must be an e-mail address such as name@example.org`
    : `link "${key}" must be an https:// address${HANDLE_URLS[key] ? ' or a handle such as @name' : ''}; other schemes (javascript:, data:, …) are refused`;
}
