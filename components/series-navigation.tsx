import Link from '@/components/link';
import type { SeriesPosition } from '@/lib/series';
import { articlePath, seriesPath } from '@/lib/urls';

type Part = { slug: string; title: string };

/** "Part 2 of 5 in <series>", with links to the previous and next parts. */
export function SeriesNavigation({ position }: { position: SeriesPosition<Part> }) {
  const { series, part, total, previous, next } = position;
  return (
    <nav aria-label="Series" data-series={series.slug} data-pagefind-ignore="all" className="mt-6 rounded border border-rule bg-surface px-4 py-3 text-sm">
      <p className="font-semibold text-ink">
        Part {part} of {total} in the series{' '}
        <Link href={seriesPath(series.slug)} className="font-bold">
          {series.title}
        </Link>
      </p>
      {previous || next ? (
        <ul className="mt-2 flex flex-col gap-1 sm:flex-row sm:justify-between sm:gap-4">
          {previous ? (
            <li>
              <Link href={articlePath(previous.slug)} rel="prev">
                <span aria-hidden="true">← </span>Part {part - 1}: {previous.title}
              </Link>
            </li>
          ) : null}
          {next ? (
            <li className="sm:ml-auto sm:text-right">
              <Link href={articlePath(next.slug)} rel="next">
                Part {part + 1}: {next.title}
                <span aria-hidden="true"> →</span>
              </Link>
            </li>
          ) : null}
        </ul>
      ) : null}
    </nav>
  );
}

/** The line under the headline that tells a reader they landed in a series. */
export function SeriesLabel({ position }: { position: SeriesPosition<Part> }) {
  return (
    <p className="mt-4 text-sm font-semibold text-muted" data-series-label data-pagefind-ignore="all">
      Part {position.part} of {position.total} in the series{' '}
      <Link href={seriesPath(position.series.slug)} className="font-bold">
        {position.series.title}
      </Link>
    </p>
  );
}
