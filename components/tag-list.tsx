import Link from '@/components/link';
import type { Tag } from '@/lib/tags';
import { tagPath } from '@/lib/urls';

/** The topic chips of an article; each link names its topic, so the list needs no label of its own. */
export function TagList({ tags }: { tags: Tag[] }) {
  return (
    <ul className="flex flex-wrap gap-2">
      {tags.map((tag) => (
        <li key={tag.slug}>
          <Link
            href={tagPath(tag.slug)}
            className="inline-flex min-h-7 items-center rounded border border-rule px-2.5 text-xs font-medium text-muted no-underline hover:border-ink hover:text-ink"
          >
            {tag.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
