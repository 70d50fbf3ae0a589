import type { MetadataRoute } from 'next';
import { getArticles, getListings } from '@/lib/content/queries';
import { sitemapEntries } from '@/lib/seo/sitemap';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  const listings = getListings().map((listing) => ({ basePath: listing.path, articles: listing.articles }));
  return sitemapEntries(getArticles(), listings, ['/tags', '/authors']);
}
