import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListingPage } from '@/components/listing-page';
import { listingMetadata, listingParams, loadListing } from '@/lib/content/listing';
import { getArticlesWithSentiment } from '@/lib/content/queries';
import { isSentiment, SENTIMENT_META, SENTIMENTS } from '@/lib/sentiment';
import { sentimentPath } from '@/lib/urls';

type Props = { params: Promise<{ sentiment: string; pagination?: string[] }> };

export const dynamicParams = false;
export const generateStaticParams = () =>
  SENTIMENTS.flatMap((sentiment) =>
    listingParams(getArticlesWithSentiment(sentiment)).map((params) => ({ sentiment, ...params })),
  );

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
