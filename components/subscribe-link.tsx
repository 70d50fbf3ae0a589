import type { FeedLink } from '@/lib/seo/metadata';
import { withBasePath } from '@/lib/urls';

export function SubscribeLink({ feed }: { feed: FeedLink }) {
  return (
    <a
      href={withBasePath(feed.path)}
      type="application/rss+xml"
      className="mt-4 inline-flex items-center gap-2 rounded border border-rule px-3 py-1.5 text-sm font-semibold text-ink no-underline hover:border-ink"
    >
      <svg viewBox="0 0 16 16" className="size-4 text-accent" aria-hidden="true" focusable="false">
        <path d="M3 3a10 10 0 0 1 10 10M3 7a6 6 0 0 1 6 6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        <circle cx="3.5" cy="12.5" r="1.5" fill="currentColor" />
      </svg>
      Subscribe<span className="sr-only">: {feed.title}</span> (RSS)
    </a>
  );
}
