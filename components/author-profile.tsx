import type { Author } from '@/lib/content/queries';
import { AuthorAvatar } from './author-avatar';
import { AuthorBio } from './author-bio';

/** The top of an author's page: portrait, bio and links. */
export function AuthorProfile({ author }: { author: Author }) {
  return (
    <div className="mt-6 flex max-w-3xl flex-col gap-5 sm:flex-row">
      <AuthorAvatar name={author.name} avatar={author.avatar} size={96} />
      <AuthorBio author={author} large />
    </div>
  );
}
