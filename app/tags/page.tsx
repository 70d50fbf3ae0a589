import type { Metadata } from 'next';
import Link from '@/components/link';
import { PageHeading } from '@/components/page-heading';
import { getTags } from '@/lib/content/queries';
import { pageMetadata } from '@/lib/seo/metadata';
import { tagPath } from '@/lib/urls';

export const metadata: Metadata = pageMetadata({
  title: 'Topics',
  description: 'Every topic we cover, with the number of articles on each.',
  path: '/tags',
});

export default function TagsPage() {
  return (
    <>
      <PageHeading title="Topics" description="Every topic we cover, most written about first." />
      <ul className="mt-8 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {getTags().map((tag) => (
          <li key={tag.slug}>
            <Link
              href={tagPath(tag.slug)}
              className="flex items-baseline justify-between rounded-lg border border-rule px-4 py-3 text-ink no-underline hover:border-ink"
            >
              <span className="font-semibold">{tag.name}</span>
              <span className="text-sm text-muted">
                {tag.count} <span className="sr-only">{tag.count === 1 ? 'article' : 'articles'}</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
