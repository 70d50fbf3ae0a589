import type { Metadata } from 'next';
import { GroupMixTable } from '@/components/charts/group-mix-table';
import { MonthlySentimentChart } from '@/components/charts/monthly-sentiment-chart';
import { PageHeading } from '@/components/page-heading';
import { getArticles, getGroupMixes } from '@/lib/content/queries';
import { sentimentByMonth } from '@/lib/insights';
import { pageMetadata } from '@/lib/seo/metadata';
import { siteConfig } from '@/site.config';

export const metadata: Metadata = pageMetadata({
  title: 'Insights',
  description: 'How our analysts’ verdicts move: over time, by topic and by author.',
  path: '/insights',
});

/** How many tags and authors the insights tables show. */
const TOP_GROUPS = 10;

export default function InsightsPage() {
  const { tags, authors } = getGroupMixes(TOP_GROUPS);
  const sectionHeading = 'border-b-2 border-ink pb-2 font-display text-2xl font-bold';
  return (
    <>
      <PageHeading
        title="Insights"
        description="How our analysts’ verdicts move. Net tone is the share of positive verdicts minus the share of negative ones."
      />
      <section aria-labelledby="over-time" className="mt-10 space-y-4">
        <h2 id="over-time" className={sectionHeading}>
          Sentiment over time
        </h2>
        <MonthlySentimentChart
          id="site-months"
          title="Analyst verdicts per month, all articles"
          months={sentimentByMonth(getArticles(), siteConfig.timeZone)}
        />
      </section>
      <section aria-labelledby="by-topic" className="mt-12 space-y-4">
        <h2 id="by-topic" className={sectionHeading}>
          By topic
        </h2>
        <GroupMixTable id="topic-mix" caption="Analyst verdicts on the most-covered topics" groupLabel="Topic" groups={tags} />
      </section>
      <section aria-labelledby="by-author" className="mt-12 space-y-4">
        <h2 id="by-author" className={sectionHeading}>
          By author
        </h2>
        <GroupMixTable id="author-mix" caption="Analyst verdicts by author" groupLabel="Author" groups={authors} />
      </section>
    </>
  );
}
