import type { Metadata } from 'next';
import Link from '@/components/link';
import { PageHeading } from '@/components/page-heading';
import { siteConfig } from '@/site.config';

// Its own title, not the home page's: a tab, a history entry or an analytics report says what happened.
export const metadata: Metadata = {
  title: { absolute: `Page not found – ${siteConfig.name}` },
};

export default function NotFound() {
  return (
    <div className="max-w-2xl">
      <PageHeading eyebrow="Error 404" title="We could not find that page" description="The link may be mistyped, or the story may have moved." />
      <ul className="mt-6 list-disc space-y-2 pl-6 text-lg">
        <li>
          Start from the{' '}
          <Link href="/" className="text-link underline">
            latest news and analysis
          </Link>
          .
        </li>
        <li>
          Browse{' '}
          <Link href="/tags" className="text-link underline">
            all topics
          </Link>{' '}
          or{' '}
          <Link href="/authors" className="text-link underline">
            our authors
          </Link>
          .
        </li>
      </ul>
    </div>
  );
}
