import { authorLinks } from '@/lib/author-links';
import type { AuthorLinks as AuthorLinksMap } from '@/lib/content/schema';

/** The author's profiles on other sites; they sit under the author's name, which gives them their context. */
export function AuthorLinks({ links }: { links?: AuthorLinksMap }) {
  const items = authorLinks(links);
  if (items.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {items.map((link) => (
        <li key={link.key}>
          <a href={link.href} rel="me noopener" className="inline-flex min-h-6 items-center font-medium text-link hover:underline">
            {link.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
