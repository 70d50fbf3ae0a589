import Link from '@/components/link';
import type { ArticleSummary } from '@/lib/content/queries';
import { formatDate } from '@/lib/dates';
import { articlePath } from '@/lib/urls';
import { Byline } from './byline';
import { DevelopingLabel } from './developing-label';
import { PreviewRibbon } from './preview-ribbon';
import { SentimentBadge } from './sentiment-badge';
import { TagList } from './tag-list';

/** One article in any listing: home, tag, author, sentiment and related stories all use it. */
export function ArticleCard({ article, headingLevel = 2 }: { article: ArticleSummary; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="flex flex-col gap-2 py-6" aria-labelledby={`card-${article.slug}`}>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
        <PreviewRibbon status={article.status} date={article.date} />
        {article.developing ? <DevelopingLabel /> : null}
        {article.sentiment ? <SentimentBadge sentiment={article.sentiment} /> : null}
        <span className="meta-line">
          <span>
            <time dateTime={article.date}>{formatDate(article.date)}</time>
            <span>{article.readingMinutes} min read</span>
          </span>
        </span>
      </div>
      <Heading id={`card-${article.slug}`} className="font-display text-2xl leading-tight font-bold text-balance">
        <Link href={articlePath(article.slug)} className="text-ink hover:underline">
          {article.title}
        </Link>
      </Heading>
      <p className="font-serif text-lg leading-relaxed text-ink">{article.dek}</p>
      <p className="text-sm text-muted">
        <Byline authors={article.authors} />
      </p>
      <TagList tags={article.tags} />
    </article>
  );
}
