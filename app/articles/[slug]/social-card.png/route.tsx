import { ImageResponse } from 'next/og';
import { SOCIAL_CARD_SIZE, SocialCard } from '@/components/og/social-card';
import { getArticle, getArticles, summarize } from '@/lib/content/queries';
import { formatDate } from '@/lib/dates';
import { cachedCard } from '@/lib/og-cache';
import { socialCardFonts } from '@/lib/og-fonts';
import { shareCardText } from '@/lib/text';
import { siteConfig } from '@/site.config';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = () => getArticles().map((article) => ({ slug: article.slug }));

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const article = getArticle((await params).slug);
  if (!article) return new Response('Not found', { status: 404 });
  const { title, sentiment, authors, date } = summarize(article);
  const byline = authors.map((author) => author.name).join(' and ');
  const card = {
    siteName: siteConfig.name,
    title: shareCardText(title),
    sentiment,
    footer: shareCardText(`${byline} · ${formatDate(date)}`),
  };
  const fonts = await socialCardFonts();
  return cachedCard(card, () => new ImageResponse(<SocialCard {...card} />, { ...SOCIAL_CARD_SIZE, fonts }));
}
