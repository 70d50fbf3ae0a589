import type { Sentiment } from '@/lib/sentiment';

/*
 * Share images are drawn by Satori, which cannot read CSS variables, so they use the light
 * theme's values of the tokens in app/globals.css.
 */
export const OG_COLORS = {
  paper: '#fdfcfa',
  ink: '#17181a',
  muted: '#55585e',
  accent: '#a3141c',
  rule: '#d9d5cc',
};

export const OG_SENTIMENT_COLORS: Record<Sentiment, { ink: string; wash: string }> = {
  positive: { ink: '#0d5a2a', wash: '#e2f3e7' },
  negative: { ink: '#9a1620', wash: '#fbe5e6' },
  neutral: { ink: '#3f4550', wash: '#eceef1' },
  mixed: { ink: '#7a4a00', wash: '#fbefd9' },
};
