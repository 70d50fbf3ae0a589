import Link from '@/components/link';
import { SENTIMENT_META, type Sentiment } from '@/lib/sentiment';
import { sentimentPath } from '@/lib/urls';
import { SentimentIcon } from './sentiment-icon';
import { SENTIMENT_TONE } from './sentiment-tone';

interface SentimentBadgeProps {
  sentiment: Sentiment;
  /** Links to the sentiment's listing; off where the badge already sits inside a link. */
  linked?: boolean;
}

export function SentimentBadge({ sentiment, linked = true }: SentimentBadgeProps) {
  const { label } = SENTIMENT_META[sentiment];
  const className = `inline-flex min-h-6 items-center gap-1 rounded-full px-2.5 py-0.5 text-xs font-semibold uppercase tracking-wide ${SENTIMENT_TONE[sentiment]}`;
  const content = (
    <>
      <SentimentIcon sentiment={sentiment} className="size-3.5" />
      <span>
        <span className="sr-only">Analyst verdict: </span>
        {label}
      </span>
    </>
  );
  return linked ? (
    <Link href={sentimentPath(sentiment)} className={`${className} no-underline hover:underline`}>
      {content}
    </Link>
  ) : (
    <span className={className}>{content}</span>
  );
}
