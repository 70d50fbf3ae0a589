import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListingPage } from '@/components/listing-page';
import { listingPage, listingParams } from '@/lib/content/listing';
import { getArticlesWithSentiment } from '@/lib/content/queries';
import { listingFeedLink } from '@/lib/feeds/catalog';
import { pagePath } from '@/lib/pagination';
import { isSentiment, SENTIMENT_META, SENTIMENTS } from '@/lib/sentiment';
import { pageMetadata } from '@/lib/seo/metadata';
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
  const basePath = sentimentPath(sentiment);
  const meta = SENTIMENT_META[sentiment];
  return { meta, basePath, feed: listingFeedLink(meta.verdict, basePath), ...listingPage(getArticlesWithSentiment(sentiment), pagination) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { meta, basePath, feed, page } = await load(params);
  return pageMetadata({
    title: page > 1 ? `${meta.verdict}, page ${page}` : meta.verdict,
    description: meta.description,
    path: pagePath(basePath, page),
    feed,
  });
}

export default async function SentimentPage({ params }: Props) {
  const { meta, basePath, feed, items, page, totalPages } = await load(params);
  return (
    <ListingPage
      eyebrow="Analyst verdict"
      title={meta.verdict}
      description={meta.description}
      articles={items}
      basePath={basePath}
      page={page}
      totalPages={totalPages}
      feed={feed}
    />
  );
}
