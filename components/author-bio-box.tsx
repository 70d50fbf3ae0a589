import Link from '@/components/link';
import type { Author } from '@/lib/content/queries';
import { authorPath } from '@/lib/urls';
import { AuthorAvatar } from './author-avatar';
import { AuthorBio } from './author-bio';

/** "About the author" box at the end of an article, one per author. */
export function AuthorBioBox({ author }: { author: Author }) {
  return (
    <section aria-labelledby={`about-${author.slug}`} className="flex gap-4 rounded-lg bg-surface p-5 sm:gap-5 sm:p-6">
      <AuthorAvatar name={author.name} avatar={author.avatar} size={64} />
      <div className="min-w-0 space-y-2">
        <h2 id={`about-${author.slug}`} className="font-display text-xl font-bold">
          <Link href={authorPath(author.slug)} className="text-ink hover:underline">
            {author.name}
          </Link>
        </h2>
        {author.role ? <p className="text-sm text-muted">{author.role}</p> : null}
        <AuthorBio author={author} />
      </div>
    </section>
  );
}
