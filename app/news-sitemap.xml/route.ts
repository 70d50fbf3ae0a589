import { buildTime } from '@/lib/build-clock';
import { getArticles } from '@/lib/content/queries';
import { newsSitemap } from '@/lib/seo/news-sitemap';
import { siteConfig } from '@/site.config';

export const dynamic = 'force-static';

export function GET() {
  return new Response(newsSitemap(getArticles(), buildTime(), siteConfig), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
}
