import type { Metadata } from 'next';
import Link from '@/components/link';
import { AuthorAvatar } from '@/components/author-avatar';
import { AuthorLabels } from '@/components/author-profile';
import { PageHeading } from '@/components/page-heading';
import { getArticlesByAuthor, getAuthors } from '@/lib/content/queries';
import { pageMetadata } from '@/lib/seo/metadata';
import { authorPath } from '@/lib/urls';

export const metadata: Metadata = pageMetadata({
  title: 'Authors',
  description: 'The reporters and analysts behind every story and verdict.',
  path: '/authors',
});

export default function AuthorsPage() {
  return (
    <>
      <PageHeading title="Authors" description="The reporters and analysts behind every story and verdict." />
      <ul className="mt-8 grid gap-6 sm:grid-cols-2">
        {getAuthors().map((author) => {
          const count = getArticlesByAuthor(author.slug).length;
          return (
            <li key={author.slug} className="flex items-center gap-4 rounded-lg border border-rule p-4">
              <AuthorAvatar name={author.name} avatar={author.avatar} size={64} />
              <div className="space-y-1">
                <h2 className="font-display text-xl font-bold">
                  <Link href={authorPath(author.slug)} className="text-ink hover:underline">
                    {author.name}
                  </Link>
                </h2>
                {author.role ? <p className="text-sm text-muted">{author.role}</p> : null}
                <AuthorLabels author={author} />
                <p className="text-sm text-muted">
                  {count} {count === 1 ? 'article' : 'articles'}
                </p>
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
