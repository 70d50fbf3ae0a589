import type { Metadata } from 'next';
import { FrontPage } from '@/components/front-page/front-page';
import { ListingPage } from '@/components/listing-page';
import { loadListing } from '@/lib/content/listing';
import { getArticles, getFrontPage, getListingPageParams, summarize } from '@/lib/content/queries';
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
  const { page, titleSuffix } = await load(params);
  return pageMetadata({
    title: page === 'landing' ? { absolute: `${siteConfig.name}: ${siteConfig.tagline}` } : `${TITLE}, ${titleSuffix}`,
    description: siteConfig.description,
    path: pagePath('/', page),
  });
}

/** The landing page is the front page (lib/front-page.ts); every archive page is the plain river. */
export default async function HomePage({ params }: Props) {
  const listing = await load(params);
  if (listing.page !== 'landing') return <ListingPage title={TITLE} description={siteConfig.tagline} listing={listing} />;
  const front = getFrontPage();
  const summarized = {
    lead: front.lead && summarize(front.lead),
    secondary: front.secondary.map(summarize),
    picks: front.picks.map(summarize),
    river: front.river.map(summarize),
    sections: front.sections.map(({ tag, articles }) => ({ tag, articles: articles.map(summarize) })),
  };
  return <FrontPage title={TITLE} front={summarized} feed={listing.feed} nav={listing.nav} />;
}
