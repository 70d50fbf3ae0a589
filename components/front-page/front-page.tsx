import type { ListingNav } from '@/lib/content/listing';
import type { ArticleSummary } from '@/lib/content/queries';
import type { FrontPage as FrontPageData } from '@/lib/front-page';
import type { FeedLink } from '@/lib/seo/metadata';
import { ArticleList } from '../article-list';
import { PaginationNav } from '../pagination-nav';
import { SubscribeLink } from '../subscribe-link';
import { EditorsPicks } from './editors-picks';
import { LeadStory } from './lead-story';
import { SecondaryStories } from './secondary-stories';
import { TopicSections } from './topic-sections';

interface FrontPageProps {
  title: string;
  front: FrontPageData<ArticleSummary>;
  feed: FeedLink;
  /** The home listing's links: "Older" leads to its top archive page. */
  nav: ListingNav;
}

/**
 * The first page of the home page. On a wide screen the lead and the row under it take two
 * columns and Editor's picks the third; on a phone everything stacks in reading order: lead,
 * secondary stories, picks, the latest, the topic sections.
 */
export function FrontPage({ title, front, feed, nav }: FrontPageProps) {
  const { lead, secondary, picks, river, sections } = front;
  return (
    <>
      <h1 className="mb-4 text-xs font-bold uppercase tracking-[0.15em] text-accent">{title}</h1>
      {lead ? (
        <div className="grid gap-8 lg:grid-cols-3">
          <div className="flex flex-col gap-8 lg:col-span-2">
            <LeadStory article={lead} />
            <SecondaryStories articles={secondary} />
          </div>
          <EditorsPicks articles={picks} className="lg:border-l lg:border-rule lg:pl-8" />
        </div>
      ) : (
        <p className="py-10 text-lg text-muted">No articles here yet.</p>
      )}
      {river.length > 0 ? (
        <section aria-labelledby="latest-heading" data-front="river" className="mt-12">
          <div className="flex flex-wrap items-end justify-between gap-x-4 border-b-2 border-ink pb-2">
            <h2 id="latest-heading" className="font-display text-2xl font-bold">
              Latest
            </h2>
            <SubscribeLink feed={feed} />
          </div>
          <ArticleList articles={river} headingLevel={3} />
        </section>
      ) : null}
      <PaginationNav nav={nav} />
      <TopicSections sections={sections} />
    </>
  );
}
