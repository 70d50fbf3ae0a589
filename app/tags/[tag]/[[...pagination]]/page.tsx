import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListingPage } from '@/components/listing-page';
import { listingPage, listingParams } from '@/lib/content/listing';
import { getArticlesWithTag, getTag, getTags } from '@/lib/content/queries';
import { listingFeedLink } from '@/lib/feeds/catalog';
import { pagePath } from '@/lib/pagination';
import { pageMetadata } from '@/lib/seo/metadata';
import { tagPath } from '@/lib/urls';

type Props = { params: Promise<{ tag: string; pagination?: string[] }> };

export const dynamicParams = false;
export const generateStaticParams = () =>
  getTags().flatMap((tag) => listingParams(getArticlesWithTag(tag.slug)).map((params) => ({ tag: tag.slug, ...params })));

async function load(params: Props['params']) {
  const { tag: rawSlug, pagination } = await params;
  // Non-Latin slugs can arrive percent-encoded; decoding an already decoded slug is harmless.
  const tag = getTag(decodeURIComponent(rawSlug));
  if (!tag) notFound();
  const basePath = tagPath(tag.slug);
  return { tag, basePath, feed: listingFeedLink(tag.name, basePath), ...listingPage(getArticlesWithTag(tag.slug), pagination) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag, basePath, feed, page } = await load(params);
  return pageMetadata({
    title: page > 1 ? `${tag.name}, page ${page}` : tag.name,
    description: `News and analysis tagged ${tag.name}.`,
    path: pagePath(basePath, page),
    feed,
  });
}

export default async function TagPage({ params }: Props) {
  const { tag, basePath, feed, items, page, totalPages } = await load(params);
  return (
    <ListingPage
      eyebrow="Topic"
      title={tag.name}
      description={`${tag.count} ${tag.count === 1 ? 'article' : 'articles'} tagged ${tag.name}.`}
      articles={items}
      basePath={basePath}
      page={page}
      totalPages={totalPages}
      feed={feed}
    />
  );
}
