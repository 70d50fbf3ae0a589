import type { Metadata } from 'next';
import { ListingPage } from '@/components/listing-page';
import { listingPage, listingParams } from '@/lib/content/listing';
import { getArticles } from '@/lib/content/queries';
import { SITE_FEED_LINK } from '@/lib/feeds/catalog';
import { pagePath } from '@/lib/pagination';
import { pageMetadata } from '@/lib/seo/metadata';
import { siteConfig } from '@/site.config';

type Props = { params: Promise<{ pagination?: string[] }> };

export const dynamicParams = false;
export const generateStaticParams = () => listingParams(getArticles());

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = listingPage(getArticles(), (await params).pagination);
  return pageMetadata({
    title: page > 1 ? `Latest news and analysis, page ${page}` : { absolute: `${siteConfig.name}: ${siteConfig.tagline}` },
    description: siteConfig.description,
    path: pagePath('/', page),
  });
}

export default async function HomePage({ params }: Props) {
  const { items, page, totalPages } = listingPage(getArticles(), (await params).pagination);
  return (
    <ListingPage
      title="Latest news and analysis"
      description={siteConfig.tagline}
      articles={items}
      basePath="/"
      page={page}
      totalPages={totalPages}
      feed={SITE_FEED_LINK}
    />
  );
}
