import type { ComponentProps } from 'react';
import type { ArticleSummary } from '@/lib/content/queries';
import type { ListingNav } from '@/lib/content/listing';
import type { FeedLink } from '@/lib/seo/metadata';
import { ArticleList } from './article-list';
import { PageHeading } from './page-heading';
import { PaginationNav } from './pagination-nav';
import { SubscribeLink } from './subscribe-link';

/** One page of a listing, as lib/content/listing.ts loads it. */
export interface ListingData {
  items: ArticleSummary[];
  /** After the name on every page but the landing page: the dates an archive page covers. */
  headingSuffix?: string;
  nav: ListingNav;
  /** The listing's feed, offered with a visible Subscribe link. */
  feed: FeedLink;
}

type ListingPageProps = ComponentProps<typeof PageHeading> & { listing: ListingData };

/** The one listing layout: home, tag, author and sentiment pages differ only in their heading. */
export function ListingPage({ title, listing, children, ...heading }: ListingPageProps) {
  const { items, headingSuffix, nav, feed } = listing;
  const pagedTitle = (
    <>
      {title}
      {headingSuffix ? <span className="text-muted"> · {headingSuffix}</span> : null}
    </>
  );
  return (
    <>
      <PageHeading title={pagedTitle} {...heading}>
        {children}
        <SubscribeLink feed={feed} />
      </PageHeading>
      {items.length > 0 ? <ArticleList articles={items} /> : <p className="py-10 text-lg text-muted">No articles here yet.</p>}
      <PaginationNav nav={nav} />
    </>
  );
}
