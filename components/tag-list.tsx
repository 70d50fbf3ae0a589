import Link from 'next/link';
import type { Tag } from '@/lib/tags';
import { tagPath } from '@/lib/urls';

export function TagList({ tags, label = 'Tags' }: { tags: Tag[]; label?: string }) {
  return (
    <ul aria-label={label} className="flex flex-wrap gap-2">
      {tags.map((tag) => (
        <li key={tag.slug}>
          <Link
            href={tagPath(tag.slug)}
            className="inline-block rounded border border-rule px-2 py-0.5 text-xs font-medium text-muted no-underline hover:border-ink hover:text-ink"
          >
            {tag.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
