import type { SiteConfig } from '@/site.config';

/** The four verdicts an analyst can give, in the order listings and charts show them. */
export const SENTIMENTS = ['positive', 'negative', 'neutral', 'mixed'] as const;

export type Sentiment = (typeof SENTIMENTS)[number];

export function isSentiment(value: unknown): value is Sentiment {
  return typeof value === 'string' && (SENTIMENTS as readonly string[]).includes(value);
}

interface SentimentMeta {
  /** Always shown beside the colour, so the badge never relies on colour alone. */
  label: string;
  /** Wording for the analyst block: "Negative news: <headline>". */
  verdict: string;
  description: string;
}

export const SENTIMENT_META: Record<Sentiment, SentimentMeta> = {
  positive: {
    label: 'Positive',
    verdict: 'Positive news',
    description: 'Stories our analysts read as good news for the people and markets involved.',
  },
  negative: {
    label: 'Negative',
    verdict: 'Negative news',
    description: 'Stories our analysts read as bad news for the people and markets involved.',
  },
  neutral: {
    label: 'Neutral',
    verdict: 'Neutral news',
    description: 'Stories our analysts see as neither good nor bad news on balance.',
  },
  mixed: {
    label: 'Mixed',
    verdict: 'Mixed news',
    description: 'Stories with clear winners and losers, or real upsides and downsides at once.',
  },
};

/**
 * The colour conventions site.config.ts `sentimentColors` can name; app/sentiment-colors.css holds
 * one set of colours for each.
 */
export const SENTIMENT_COLOR_CONVENTIONS = ['western', 'east-asian', 'neutral'] as const satisfies ReadonlyArray<SiteConfig['sentimentColors']>;
