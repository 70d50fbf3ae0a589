import type { ReactNode } from 'react';
import Link from '@/components/link';
import { formatDate } from '@/lib/dates';
import { pagePath } from '@/lib/urls';
import { PageHeading } from './page-heading';
import { PrerenderedBody } from './prerendered-body';

interface TrustPageProps {
  eyebrow: string;
  title: string;
  description?: string;
  updated?: string;
  /** The page body in order: prerendered HTML and, where the page wrote <Masthead />, the staff list. */
  children: ReactNode;
}

/** About, Masthead, standards and the other pages of content/pages/. */
export function TrustPage({ eyebrow, title, description, updated, children }: TrustPageProps) {
  return (
    <article className="mx-auto max-w-3xl">
      <PageHeading eyebrow={eyebrow} title={title} description={description}>
        {updated ? (
          <p className="mt-3 text-sm text-muted">
            Last updated <time dateTime={updated}>{formatDate(updated)}</time>
          </p>
        ) : null}
      </PageHeading>
      <div className="mt-8">{children}</div>
    </article>
  );
}

export const PageBody = ({ html }: { html: string }) => <PrerenderedBody className="article-body" html={html} />;

/** The list of trust pages on /about. */
export function TrustPageList({ siteName, pages }: { siteName: string; pages: Array<{ slug: string; title: string; dek: string }> }) {
  if (pages.length === 0) return null;
  return (
    <section aria-labelledby="about-pages-heading" className="mt-12">
      <h2 id="about-pages-heading" className="border-b-2 border-ink pb-2 font-display text-2xl font-bold">
        More about {siteName}
      </h2>
      <ul className="mt-2 divide-y divide-rule">
        {pages.map((page) => (
          <li key={page.slug} className="py-4">
            <Link href={pagePath(page.slug)} className="font-display text-xl font-bold text-ink hover:underline">
              {page.title}
            </Link>
            {page.dek ? <p className="mt-1 text-muted">{page.dek}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
