import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListingPage } from '@/components/listing-page';
import { listingMetadata, loadListing } from '@/lib/content/listing';
import { getArticlesWithSentiment, getListingPageParams } from '@/lib/content/queries';
import { isSentiment, SENTIMENT_META } from '@/lib/sentiment';
import { sentimentPath } from '@/lib/urls';

type Props = { params: Promise<{ sentiment: string; pagination?: string[] }> };

export const dynamicParams = false;
export const generateStaticParams = () => getListingPageParams('sentiment').map(({ key, pagination }) => ({ sentiment: key, pagination }));

async function load(params: Props['params']) {
  const { sentiment, pagination } = await params;
  if (!isSentiment(sentiment)) notFound();
  const { verdict, description } = SENTIMENT_META[sentiment];
  const listing = loadListing({ name: verdict, basePath: sentimentPath(sentiment), articles: getArticlesWithSentiment(sentiment), pagination });
  return { listing, description };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { listing, description } = await load(params);
  return listingMetadata(listing, description);
}

export default async function SentimentPage({ params }: Props) {
  const { listing, description } = await load(params);
  return <ListingPage eyebrow="Analyst verdict" title={listing.name} description={description} listing={listing} />;
}
