import { authorLinks } from '@/lib/author-links';
import type { AuthorLinks as AuthorLinksMap } from '@/lib/content/schema';

export function AuthorLinks({ name, links }: { name: string; links?: AuthorLinksMap }) {
  const items = authorLinks(links);
  if (items.length === 0) return null;
  return (
    <ul aria-label={`${name} elsewhere`} className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {items.map((link) => (
        <li key={link.key}>
          <a href={link.href} rel="me noopener" className="font-medium text-link hover:underline">
            {link.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
