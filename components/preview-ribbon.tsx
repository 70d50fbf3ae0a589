import type { PublicationStatus } from '@/lib/articles';
import { formatDate } from '@/lib/dates';

/** Marks drafts and scheduled stories in `npm run dev` previews; published stories show nothing. */
export function PreviewRibbon({ status, date }: { status: PublicationStatus; date: string }) {
  if (status === 'published') return null;
  return (
    <p className="inline-flex rounded bg-ink px-2.5 py-0.5 text-xs font-bold tracking-wide text-paper uppercase" data-preview-status={status}>
      {status === 'draft' ? 'Draft' : `Scheduled for ${formatDate(date)}`}
    </p>
  );
}
