import Link from '@/components/link';
import type { Author } from '@/lib/content/queries';
import type { MastheadGroup } from '@/lib/masthead';
import { authorPath } from '@/lib/urls';
import { AuthorAvatar } from './author-avatar';

/** The staff list a page's <Masthead /> stands for, from the author files as they are at build time. */
export function Masthead({ groups }: { groups: Array<MastheadGroup<Author>> }) {
  return (
    <div className="not-prose my-8 space-y-8" data-masthead-list>
      {groups.map((group) => (
        <section key={group.id} aria-labelledby={`masthead-${group.id}`}>
          <h2 id={`masthead-${group.id}`} className="border-b-2 border-ink pb-2 font-display text-2xl font-bold">
            {group.title}
          </h2>
          <ul className="mt-4 grid gap-4 sm:grid-cols-2">
            {group.authors.map((author) => (
              <li key={author.slug} className="flex items-center gap-4">
                <AuthorAvatar name={author.name} avatar={author.avatar} size={64} />
                <div className="min-w-0">
                  <p className="font-display text-lg font-bold">
                    <Link href={authorPath(author.slug)} className="text-ink hover:underline">
                      {author.name}
                    </Link>
                  </p>
                  {author.role ? <p className="text-sm text-muted">{author.role}</p> : null}
                  {author.analyst ? <p className="text-xs font-bold uppercase tracking-wide text-ink">Analyst</p> : null}
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
