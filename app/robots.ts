import type { MetadataRoute } from 'next';
import { absoluteUrl, NEWS_SITEMAP_PATH, SITEMAP_PATH, withBasePath } from '@/lib/urls';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: withBasePath('/') },
    sitemap: [absoluteUrl(SITEMAP_PATH), absoluteUrl(NEWS_SITEMAP_PATH)],
  };
}
