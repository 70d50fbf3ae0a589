import type { Sentiment } from '@/lib/sentiment';

/** Text and background colours of each sentiment, shared by the badge and the analyst comment. */
export const SENTIMENT_TONE: Record<Sentiment, string> = {
  positive: 'text-positive-ink bg-positive-wash',
  negative: 'text-negative-ink bg-negative-wash',
  neutral: 'text-neutral-ink bg-neutral-wash',
  mixed: 'text-mixed-ink bg-mixed-wash',
};
