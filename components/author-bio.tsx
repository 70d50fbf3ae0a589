import type { Author } from '@/lib/content/queries';
import { AuthorLinks } from './author-links';
import { PrerenderedBody } from './prerendered-body';

/** An author's bio (their MDX body) and profile links. */
export function AuthorBio({ author, large = false }: { author: Author; large?: boolean }) {
  return (
    <div className="min-w-0 space-y-3">
      <PrerenderedBody className={`prose-newsdesk ${large ? 'font-serif text-lg' : 'text-base'}`} html={author.body.html} />
      <AuthorLinks links={author.links} />
    </div>
  );
}
