import type { MetadataRoute } from 'next';
import { getArticles, getListings } from '@/lib/content/queries';
import { getOtherPages } from '@/lib/content/trust-queries';
import { pageSitemapEntries } from '@/lib/pages';
import { sitemapEntries } from '@/lib/seo/sitemap';
import { ABOUT_PATH } from '@/lib/urls';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  const listings = getListings().map((listing) => ({ basePath: listing.path, articles: listing.articles, layout: listing.layout }));
  // /about always exists (app/about/); every other trust page is dated by its own `updated`.
  return [...sitemapEntries(getArticles(), listings, ['/tags', '/authors', ABOUT_PATH]), ...pageSitemapEntries(getOtherPages())];
}
