import { SentimentIcon } from '@/components/sentiment-icon';
import { SENTIMENT_META, SENTIMENTS } from '@/lib/sentiment';
import { SentimentSwatch } from './sentiment-patterns';

/** Which texture and colour stand for which verdict, each with the verdict's icon and name. */
export function SentimentLegend({ chartId }: { chartId: string }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted" aria-hidden="true" data-legend={chartId}>
      {SENTIMENTS.map((sentiment) => (
        <li key={sentiment} className="inline-flex items-center gap-1.5">
          <SentimentSwatch chartId={`${chartId}-key`} sentiment={sentiment} />
          <SentimentIcon sentiment={sentiment} className="size-3.5" />
          {SENTIMENT_META[sentiment].label}
        </li>
      ))}
    </ul>
  );
}
