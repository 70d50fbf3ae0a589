import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListingPage } from '@/components/listing-page';
import { listingPage, listingParams } from '@/lib/content/listing';
import { getArticlesWithTag, getTag, getTags } from '@/lib/content/queries';
import { pagePath } from '@/lib/pagination';
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
  return { tag, ...listingPage(getArticlesWithTag(tag.slug), pagination) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag, page } = await load(params);
  return {
    title: page > 1 ? `${tag.name}, page ${page}` : tag.name,
    description: `News and analysis tagged ${tag.name}.`,
    alternates: { canonical: pagePath(tagPath(tag.slug), page) },
  };
}

export default async function TagPage({ params }: Props) {
  const { tag, items, page, totalPages } = await load(params);
  return (
    <ListingPage
      eyebrow="Topic"
      title={tag.name}
      description={`${tag.count} ${tag.count === 1 ? 'article' : 'articles'} tagged ${tag.name}.`}
      articles={items}
      basePath={tagPath(tag.slug)}
      page={page}
      totalPages={totalPages}
    />
  );
}
