import { SOCIAL_CARD_SIZE, SocialCard } from '@/components/og/social-card';
import { getArticle, getSocialCardParams, summarize } from '@/lib/content/queries';
import { formatDate } from '@/lib/dates';
import { contentFileOf } from '@/lib/content/content-file-error';
import { cachedCard } from '@/lib/og-cache';
import { drawImage } from '@/lib/og-image';
import { siteConfig } from '@/site.config';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = getSocialCardParams;

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const article = getArticle((await params).slug);
  if (!article) return new Response('Not found', { status: 404 });
  const { title, sentiment, authors, date } = summarize(article);
  const byline = authors.map((author) => author.name).join(' and ');
  const card = { siteName: siteConfig.name, title, sentiment, footer: `${byline} · ${formatDate(date)}` };
  return cachedCard(card, () => drawImage(<SocialCard {...card} />, SOCIAL_CARD_SIZE), contentFileOf(article));
}
