import type { Metadata } from 'next';
import Link from '@/components/link';
import { PageHeading } from '@/components/page-heading';
import { SearchApp } from '@/components/search/search-app';
import { getAuthors, getTags } from '@/lib/content/queries';
import { pageMetadata } from '@/lib/seo/metadata';
import { SEARCH_PATH } from '@/lib/urls';

export const metadata: Metadata = pageMetadata({
  title: 'Search',
  description: 'Search every article, and filter by analyst verdict, topic and author.',
  path: SEARCH_PATH,
});

export default function SearchPage() {
  return (
    <>
      <PageHeading title="Search" description="Every article, searchable by its words and filtered by verdict, topic and author." />
      <noscript>
        <p className="mt-6 text-lg">
          Search runs in your browser and needs JavaScript. You can still browse{' '}
          <Link href="/tags" className="text-link underline">
            every topic
          </Link>{' '}
          and{' '}
          <Link href="/authors" className="text-link underline">
            every author
          </Link>
          .
        </p>
      </noscript>
      <SearchApp tags={getTags()} authors={getAuthors().map((author) => author.name)} />
    </>
  );
}
