import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListingSentiment } from '@/components/charts/listing-sentiment';
import { ListingPage } from '@/components/listing-page';
import { listingMetadata, loadListing } from '@/lib/content/listing';
import { getArticlesWithTag, getListingPageParams, getTag } from '@/lib/content/queries';
import { tagPath } from '@/lib/urls';

type Props = { params: Promise<{ tag: string; pagination?: string[] }> };

export const dynamicParams = false;
export const generateStaticParams = () => getListingPageParams('tag').map(({ key, pagination }) => ({ tag: key, pagination }));

async function load(params: Props['params']) {
  const { tag: slug, pagination } = await params;
  const tag = getTag(slug);
  if (!tag) notFound();
  const listing = loadListing({ name: tag.name, basePath: tagPath(tag.slug), articles: getArticlesWithTag(tag.slug), pagination });
  // The count on the landing page only: an archive page keeps its bytes when the topic grows (lib/pagination.ts).
  const description =
    listing.page === 'landing' ? `${tag.count} ${tag.count === 1 ? 'article' : 'articles'} tagged ${tag.name}.` : `Articles tagged ${tag.name}.`;
  return { tag, listing, description };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { listing, description } = await load(params);
  return listingMetadata(listing, description);
}

export default async function TagPage({ params }: Props) {
  const { tag, listing, description } = await load(params);
  return (
    <ListingPage eyebrow="Topic" title={listing.name} description={description} listing={listing}>
      {listing.page === 'landing' ? <ListingSentiment id="tag" name={tag.name} articles={getArticlesWithTag(tag.slug)} /> : null}
    </ListingPage>
  );
}
