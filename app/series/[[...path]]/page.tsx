import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import Link from '@/components/link';
import { ListingPage } from '@/components/listing-page';
import { PageHeading } from '@/components/page-heading';
import { listingMetadata, loadListing } from '@/lib/content/listing';
import { getEverySeries, getListingPageParams, getSeries } from '@/lib/content/queries';
import { pageMetadata } from '@/lib/seo/metadata';
import { seriesPath } from '@/lib/urls';

/*
 * /series lists every series; /series/<slug> (and /series/<slug>/page/<n>) lists one series' parts.
 * One route serves both, so a static export has a page here even before the first series (Next
 * refuses a dynamic route with no parameters at all).
 */
type Props = { params: Promise<{ path?: string[] }> };

const SERIES_INDEX = { title: 'Series', description: 'Stories told in parts, each series in reading order.' };

export const dynamicParams = false;
export const generateStaticParams = () => [
  { path: [] },
  ...getListingPageParams('series').map(({ key, pagination }) => ({ path: [key, ...(pagination ?? [])] })),
];

async function load(params: Props['params']) {
  const [slug, ...pagination] = (await params).path ?? [];
  if (slug === undefined) return undefined;
  const series = getSeries(slug);
  if (!series) notFound();
  // A series reads from its first part: its pages list the parts in reading order.
  const listing = loadListing({
    name: series.title,
    basePath: seriesPath(series.slug),
    articles: [...series.parts].reverse(),
    pagination,
    layout: 'reading-order',
  });
  const parts = series.parts.length;
  return { listing, description: `A series in ${parts} ${parts === 1 ? 'part' : 'parts'}, in reading order.` };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const one = await load(params);
  return one ? listingMetadata(one.listing, one.description) : pageMetadata({ ...SERIES_INDEX, path: '/series' });
}

export default async function SeriesPage({ params }: Props) {
  const one = await load(params);
  if (one) return <ListingPage eyebrow="Series" title={one.listing.name} description={one.description} listing={one.listing} />;
  const everySeries = getEverySeries();
  return (
    <>
      <PageHeading title={SERIES_INDEX.title} description={SERIES_INDEX.description} />
      {everySeries.length === 0 ? (
        <p className="mt-8 text-muted">No series has been published yet.</p>
      ) : (
        <ul className="mt-8 divide-y divide-rule">
          {everySeries.map((series) => (
            <li key={series.slug} className="py-4">
              <Link href={seriesPath(series.slug)} className="font-display text-xl font-bold hover:underline">
                {series.title}
              </Link>
              <p className="text-sm text-muted">
                {series.parts.length} {series.parts.length === 1 ? 'part' : 'parts'}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
