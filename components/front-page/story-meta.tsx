import type { ArticleSummary } from '@/lib/content/queries';
import { formatDate } from '@/lib/dates';
import { PreviewRibbon } from '../preview-ribbon';
import { SentimentBadge } from '../sentiment-badge';

/** Verdict, date and reading time: the line above a front-page headline. */
export function StoryMeta({ article, readingTime = true }: { article: ArticleSummary; readingTime?: boolean }) {
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
      <PreviewRibbon status={article.status} date={article.date} />
      {article.sentiment ? <SentimentBadge sentiment={article.sentiment} /> : null}
      <time dateTime={article.date}>{formatDate(article.date)}</time>
      {readingTime ? (
        <>
          <span aria-hidden="true">·</span>
          <span>{article.readingMinutes} min read</span>
        </>
      ) : null}
    </div>
  );
}
