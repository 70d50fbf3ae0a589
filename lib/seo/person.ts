import { authorLinks } from '../author-links';
import type { AuthorLinks } from '../content/schema';
import { authorPath } from '../urls';
import type { PersonFacts } from './json-ld';

interface AuthorForLd {
  slug: string;
  name: string;
  role?: string;
  links?: AuthorLinks;
}

/** An author as structured data describes them: profile URL, role and public profiles (never an e-mail address). */
export function authorFacts(author: AuthorForLd): PersonFacts {
  return {
    name: author.name,
    path: authorPath(author.slug),
    role: author.role,
    sameAs: authorLinks(author.links)
      .filter((link) => link.key !== 'email')
      .map((link) => link.href),
  };
}
