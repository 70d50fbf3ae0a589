import type { Sentiment } from '@/lib/sentiment';

/** Chart fills from the theme's mark tokens (app/sentiment-colors.css), so charts follow the theme and the site's colour convention. */
export const SENTIMENT_FILL: Record<Sentiment, string> = {
  positive: 'fill-positive-mark',
  negative: 'fill-negative-mark',
  neutral: 'fill-neutral-mark',
  mixed: 'fill-mixed-mark',
};
