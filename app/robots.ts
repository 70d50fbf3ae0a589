import type { MetadataRoute } from 'next';
import { absoluteUrl, NEWS_SITEMAP_PATH, SITEMAP_PATH } from '@/lib/urls';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/' },
    sitemap: [absoluteUrl(SITEMAP_PATH), absoluteUrl(NEWS_SITEMAP_PATH)],
  };
}
