import type { Sentiment } from '@/lib/sentiment';

/** SVG fills from the theme tokens, so charts follow light and dark like the rest of the page. */
export const SENTIMENT_FILL: Record<Sentiment, string> = {
  positive: 'fill-positive-ink',
  negative: 'fill-negative-ink',
  neutral: 'fill-neutral-ink',
  mixed: 'fill-mixed-ink',
};

export const SENTIMENT_SWATCH: Record<Sentiment, string> = {
  positive: 'bg-positive-ink',
  negative: 'bg-negative-ink',
  neutral: 'bg-neutral-ink',
  mixed: 'bg-mixed-ink',
};
