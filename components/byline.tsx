import Link from '@/components/link';
import { Fragment } from 'react';
import { authorPath } from '@/lib/urls';

/** "By A", "By A and B", "By A, B and C", each name linking to the author's page. */
export function Byline({ authors }: { authors: Array<{ slug: string; name: string }> }) {
  return (
    <span>
      By{' '}
      {authors.map((author, index) => (
        <Fragment key={author.slug}>
          {index > 0 ? (index === authors.length - 1 ? ' and ' : ', ') : null}
          <Link href={authorPath(author.slug)} className="inline-block py-1 font-semibold text-ink hover:underline" rel="author">
            {author.name}
          </Link>
        </Fragment>
      ))}
    </span>
  );
}
