import type { Metadata } from 'next';
import { ListingPage } from '@/components/listing-page';
import { loadListing } from '@/lib/content/listing';
import { getArticles, getListingPageParams } from '@/lib/content/queries';
import { pagePath } from '@/lib/pagination';
import { pageMetadata } from '@/lib/seo/metadata';
import { siteConfig } from '@/site.config';

type Props = { params: Promise<{ pagination?: string[] }> };

export const dynamicParams = false;
export const generateStaticParams = () => getListingPageParams('home').map(({ pagination }) => ({ pagination }));

const TITLE = 'Latest news and analysis';

async function load(params: Props['params']) {
  return loadListing({ name: TITLE, basePath: '/', articles: getArticles(), pagination: (await params).pagination });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await load(params);
  return pageMetadata({
    title: page > 1 ? `${TITLE}, page ${page}` : { absolute: `${siteConfig.name}: ${siteConfig.tagline}` },
    description: siteConfig.description,
    path: pagePath('/', page),
  });
}

export default async function HomePage({ params }: Props) {
  return <ListingPage title={TITLE} description={siteConfig.tagline} listing={await load(params)} />;
}
