import { getArticles } from '@/lib/content/queries';
import { recentForNews, renderNewsSitemap } from '@/lib/seo/news-sitemap';

export const dynamic = 'force-static';

export function GET() {
  return new Response(renderNewsSitemap(recentForNews(getArticles(), new Date())), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
}
