import type { ReactNode } from 'react';
import { isSentiment, SENTIMENT_META } from '@/lib/sentiment';
import { VERDICT_SIGNATURE_ATTRIBUTE } from '@/lib/verdicts';
import { SENTIMENT_TONE } from './sentiment-tone';
import { SentimentIcon } from './sentiment-icon';

interface AnalystCommentProps {
  sentiment: string;
  headline?: string;
  children: ReactNode;
}

/**
 * The `<AnalystComment>` block of an article body: the analyst's verdict, set apart from the
 * reporting. It is rendered when the content is compiled; its last paragraph stays empty until
 * the page signs it with the analyst's current name and the verdict's date (lib/verdicts.ts). The
 * block's `analyst` and `date` attributes reach the page through the article's record instead.
 */
export function AnalystComment({ sentiment, headline, children }: AnalystCommentProps) {
  // The content rules reject unknown values before a build; this guards a hand-edited preview.
  if (!isSentiment(sentiment)) throw new Error(`Unknown analyst comment sentiment "${sentiment}"`);
  const { verdict } = SENTIMENT_META[sentiment];
  return (
    <aside aria-label="Analyst comment" className="not-prose my-10 border-y-2 border-ink py-6 font-sans" data-sentiment={sentiment}>
      <p className="mb-3 text-xs font-bold uppercase tracking-[0.15em] text-muted">Analyst comment</p>
      <p className="flex flex-wrap items-start gap-3 font-display text-xl leading-snug font-semibold text-ink sm:text-2xl">
        <span className={`mt-1 inline-flex shrink-0 items-center rounded-full p-1.5 ${SENTIMENT_TONE[sentiment]}`}>
          <SentimentIcon sentiment={sentiment} className="size-5" />
        </span>
        <span className="min-w-0 flex-1">
          <span className={`rounded px-1 ${SENTIMENT_TONE[sentiment]}`}>{verdict}</span>
          {headline ? `: ${headline}` : null}
        </span>
      </p>
      <div className="prose-newsdesk mt-4">{children}</div>
      <p
        className="mt-4 text-sm text-muted [&_a]:font-semibold [&_a]:text-link [&_a]:underline-offset-2 [&_a:hover]:underline"
        {...{ [VERDICT_SIGNATURE_ATTRIBUTE]: '' }}
      />
    </aside>
  );
}
