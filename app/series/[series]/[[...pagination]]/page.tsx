import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListingPage } from '@/components/listing-page';
import { listingMetadata, loadListing } from '@/lib/content/listing';
import { getListingPageParams, getSeries } from '@/lib/content/queries';
import { seriesPath } from '@/lib/urls';

type Props = { params: Promise<{ series: string; pagination?: string[] }> };

export const dynamicParams = false;
export const generateStaticParams = () => getListingPageParams('series').map(({ key, pagination }) => ({ series: key, pagination }));

async function load(params: Props['params']) {
  const { series: slug, pagination } = await params;
  const series = getSeries(slug);
  if (!series) notFound();
  // A series reads from its first part: its pages list the parts in reading order.
  const listing = loadListing({ name: series.title, basePath: seriesPath(series.slug), articles: series.parts, pagination });
  const parts = series.parts.length;
  return { listing, description: `A series in ${parts} ${parts === 1 ? 'part' : 'parts'}, in reading order.` };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { listing, description } = await load(params);
  return listingMetadata(listing, description);
}

export default async function SeriesPage({ params }: Props) {
  const { listing, description } = await load(params);
  return <ListingPage eyebrow="Series" title={listing.name} description={description} listing={listing} />;
}
