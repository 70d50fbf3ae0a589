import Link from '@/components/link';
import { pagePath } from '@/lib/pagination';

interface PaginationNavProps {
  basePath: string;
  page: number;
  totalPages: number;
}

export function PaginationNav({ basePath, page, totalPages }: PaginationNavProps) {
  if (totalPages <= 1) return null;
  const linkClass = 'rounded border border-rule px-4 py-2 font-semibold text-ink no-underline hover:border-ink';
  return (
    <nav aria-label="Pagination" className="mt-8 flex items-center justify-between gap-4 border-t border-rule pt-6 text-sm">
      {page > 1 ? (
        <Link href={pagePath(basePath, page - 1)} rel="prev" className={linkClass}>
          ← Newer<span className="sr-only"> articles</span>
        </Link>
      ) : (
        <span />
      )}
      <span className="text-muted" aria-current="page">
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <Link href={pagePath(basePath, page + 1)} rel="next" className={linkClass}>
          Older<span className="sr-only"> articles</span> →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
