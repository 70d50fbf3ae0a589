import type { Sentiment } from '@/lib/sentiment';

/** Shapes differ per sentiment so the badge reads without colour, next to its always-visible label. */
const PATHS: Record<Sentiment, string> = {
  positive: 'M8 13V3M3.5 7.5 8 3l4.5 4.5',
  negative: 'M8 3v10M3.5 8.5 8 13l4.5-4.5',
  neutral: 'M3 8h10',
  mixed: 'M5 13V3M2 6l3-3 3 3M11 3v10M8 10l3 3 3-3',
};

export function SentimentIcon({ sentiment, className = 'size-4' }: { sentiment: Sentiment; className?: string }) {
  return (
    <svg viewBox="0 0 16 16" className={className} aria-hidden="true" focusable="false">
      <path d={PATHS[sentiment]} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
