import Link from '@/components/link';
import type { ListingNav } from '@/lib/content/listing';

/** "← Newer · Archive page 3 · Older →": the links lib/content/listing.ts worked out for a listing page. */
export function PaginationNav({ nav }: { nav: ListingNav }) {
  const { prev, next, position } = nav;
  if (!prev && !next) return null;
  const linkClass = 'rounded border border-rule px-4 py-2 font-semibold text-ink no-underline hover:border-ink';
  return (
    <nav aria-label="Pagination" className="mt-8 flex items-center justify-between gap-4 border-t border-rule pt-6 text-sm">
      {prev ? (
        <Link href={prev.href} rel="prev" className={linkClass}>
          ← {prev.label}
          <span className="sr-only"> articles</span>
        </Link>
      ) : (
        <span />
      )}
      {position ? (
        <span className="text-muted" aria-current="page">
          {position}
        </span>
      ) : null}
      {next ? (
        <Link href={next.href} rel="next" className={linkClass}>
          {next.label}
          <span className="sr-only"> articles</span> →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
