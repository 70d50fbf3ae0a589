import type { ComponentProps } from 'react';
import type { ArticleSummary } from '@/lib/content/queries';
import type { FeedLink } from '@/lib/seo/metadata';
import { ArticleList } from './article-list';
import { PageHeading } from './page-heading';
import { PaginationNav } from './pagination-nav';
import { SubscribeLink } from './subscribe-link';

type ListingPageProps = ComponentProps<typeof PageHeading> & {
  articles: ArticleSummary[];
  basePath: string;
  page: number;
  totalPages: number;
  /** The listing's feed, offered with a visible Subscribe link. */
  feed: FeedLink;
};

/** The one listing layout: home, tag, author and sentiment pages differ only in their heading. */
export function ListingPage({ title, articles, basePath, page, totalPages, feed, children, ...heading }: ListingPageProps) {
  const pagedTitle = (
    <>
      {title}
      {page > 1 ? <span className="text-muted"> · page {page}</span> : null}
    </>
  );
  return (
    <>
      <PageHeading title={pagedTitle} {...heading}>
        {children}
        <SubscribeLink feed={feed} />
      </PageHeading>
      {articles.length > 0 ? (
        <ArticleList articles={articles} />
      ) : (
        <p className="py-10 text-lg text-muted">No articles here yet.</p>
      )}
      <PaginationNav basePath={basePath} page={page} totalPages={totalPages} />
    </>
  );
}
