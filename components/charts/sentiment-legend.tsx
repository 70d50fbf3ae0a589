import { SENTIMENT_META, SENTIMENTS } from '@/lib/sentiment';
import { SENTIMENT_SWATCH } from './sentiment-colors';

export function SentimentLegend() {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted" aria-hidden="true">
      {SENTIMENTS.map((sentiment) => (
        <li key={sentiment} className="inline-flex items-center gap-1.5">
          <span className={`inline-block size-3 rounded-sm ${SENTIMENT_SWATCH[sentiment]}`} />
          {SENTIMENT_META[sentiment].label}
        </li>
      ))}
    </ul>
  );
}
