import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListingPage } from '@/components/listing-page';
import { listingPage, listingParams } from '@/lib/content/listing';
import { getArticlesWithSentiment } from '@/lib/content/queries';
import { pagePath } from '@/lib/pagination';
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
  return { sentiment, ...listingPage(getArticlesWithSentiment(sentiment), pagination) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { sentiment, page } = await load(params);
  const { verdict, description } = SENTIMENT_META[sentiment];
  return {
    title: page > 1 ? `${verdict}, page ${page}` : verdict,
    description,
    alternates: { canonical: pagePath(sentimentPath(sentiment), page) },
  };
}

export default async function SentimentPage({ params }: Props) {
  const { sentiment, items, page, totalPages } = await load(params);
  const { verdict, description } = SENTIMENT_META[sentiment];
  return (
    <ListingPage
      eyebrow="Analyst verdict"
      title={verdict}
      description={description}
      articles={items}
      basePath={sentimentPath(sentiment)}
      page={page}
      totalPages={totalPages}
    />
  );
}
