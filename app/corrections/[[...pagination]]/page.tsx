import type { Metadata } from 'next';
import { CorrectionList } from '@/components/correction-list';
import { PageHeading } from '@/components/page-heading';
import { PaginationNav } from '@/components/pagination-nav';
import { SubscribeLink } from '@/components/subscribe-link';
import { listingMetadata, loadListing } from '@/lib/content/listing';
import { getCorrectedArticles, getListingPageParams } from '@/lib/content/queries';
import { CORRECTIONS_PATH } from '@/lib/urls';

type Props = { params: Promise<{ pagination?: string[] }> };

export const dynamicParams = false;
export const generateStaticParams = () => getListingPageParams('corrections').map(({ pagination }) => ({ pagination }));

const DESCRIPTION = 'Every story we have corrected, newest correction first, with what was wrong.';

async function load(params: Props['params']) {
  return loadListing({ name: 'Corrections', basePath: CORRECTIONS_PATH, articles: getCorrectedArticles(), pagination: (await params).pagination });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listingMetadata(await load(params), DESCRIPTION);
}

export default async function CorrectionsPage({ params }: Props) {
  const { items, headingSuffix, nav, feed } = await load(params);
  return (
    <>
      <PageHeading
        eyebrow="Accountability"
        title={
          <>
            Corrections
            {headingSuffix ? <span className="text-muted"> · {headingSuffix}</span> : null}
          </>
        }
        description={DESCRIPTION}
      >
        <SubscribeLink feed={feed} />
      </PageHeading>
      {items.length > 0 ? <CorrectionList articles={items} /> : <p className="py-10 text-lg text-muted">No story has needed a correction yet.</p>}
      <PaginationNav nav={nav} />
    </>
  );
}
