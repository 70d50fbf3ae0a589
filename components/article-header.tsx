import type { ArticleSummary } from '@/lib/content/queries';
import { formatDate } from '@/lib/dates';
import { Byline } from './byline';
import { DevelopingLabel } from './developing-label';
import { PreviewRibbon } from './preview-ribbon';
import { SentimentBadge } from './sentiment-badge';
import { TagList } from './tag-list';

export function ArticleHeader({ article }: { article: ArticleSummary }) {
  return (
    // Pagefind indexes the story's text only: badge, tags, headline, dek and byline would open every excerpt.
    <header className="space-y-4" data-pagefind-ignore>
      <div className="flex flex-wrap items-center gap-3">
        <PreviewRibbon status={article.status} date={article.date} />
        {article.developing ? <DevelopingLabel /> : null}
        {article.sentiment ? <SentimentBadge sentiment={article.sentiment} /> : null}
        <TagList tags={article.tags} />
      </div>
      <h1 className="font-display text-4xl leading-tight font-bold text-balance sm:text-5xl">{article.title}</h1>
      <p className="font-serif text-xl leading-relaxed text-muted sm:text-2xl">{article.dek}</p>
      <div className="space-y-1 border-y border-rule py-3 text-sm text-muted">
        <p>
          <Byline authors={article.authors} />
        </p>
        <p className="meta-line">
          <span>
            <time dateTime={article.date}>{formatDate(article.date)}</time>
            {article.updated ? (
              <span>
                Updated <time dateTime={article.updated}>{formatDate(article.updated)}</time>
              </span>
            ) : null}
            <span>{article.readingMinutes} min read</span>
          </span>
        </p>
      </div>
    </header>
  );
}
