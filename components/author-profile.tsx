import Link from '@/components/link';
import type { Author } from '@/lib/content/queries';
import { AUTHOR_STATUS_LABELS } from '@/lib/masthead';
import { AuthorAvatar } from './author-avatar';
import { AuthorBio } from './author-bio';

/** A beat as the author page shows it: linked when its tag has a page (some published story uses it). */
export interface AuthorBeat {
  name: string;
  path?: string;
}

/** "Analyst", "Guest contributor", "Former staff": text labels, so they never rely on colour. */
export function AuthorLabels({ author }: { author: Pick<Author, 'analyst' | 'status'> }) {
  const labels = [...(author.analyst ? ['Analyst'] : []), ...(author.status ? [AUTHOR_STATUS_LABELS[author.status]] : [])];
  if (labels.length === 0) return null;
  return (
    <p className="flex flex-wrap gap-2" data-author-labels>
      {labels.map((label) => (
        <span key={label} className="rounded border border-ink px-2 py-0.5 text-xs font-bold uppercase tracking-wide text-ink">
          {label}
        </span>
      ))}
    </p>
  );
}

function AuthorBeats({ beats }: { beats: AuthorBeat[] }) {
  if (beats.length === 0) return null;
  return (
    <section aria-labelledby="beats-heading" className="flex flex-wrap items-baseline gap-x-3 gap-y-2 text-sm">
      <h2 id="beats-heading" className="font-semibold text-ink">
        Beats
      </h2>
      <ul className="flex flex-wrap gap-2">
        {beats.map((beat) => (
          <li key={beat.name}>
            {beat.path ? (
              <Link
                href={beat.path}
                className="inline-block rounded border border-rule px-2 py-1 font-medium text-ink no-underline hover:border-ink hover:underline"
              >
                {beat.name}
              </Link>
            ) : (
              <span className="inline-block rounded border border-rule px-2 py-1 text-muted">{beat.name}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The top of an author's page: portrait, labels, bio, links and beats. */
export function AuthorProfile({ author, beats }: { author: Author; beats: AuthorBeat[] }) {
  return (
    <div className="mt-6 flex max-w-3xl flex-col gap-5 sm:flex-row">
      <AuthorAvatar name={author.name} avatar={author.avatar} size={96} />
      <div className="min-w-0 space-y-4">
        <AuthorLabels author={author} />
        <AuthorBio author={author} large />
        <AuthorBeats beats={beats} />
      </div>
    </div>
  );
}
