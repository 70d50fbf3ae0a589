import type { Author } from '@/lib/content/queries';
import { AuthorLinks } from './author-links';
import { MdxContent } from './mdx-content';

/** An author's bio (their MDX body) and profile links. */
export function AuthorBio({ author, large = false }: { author: Author; large?: boolean }) {
  return (
    <div className="min-w-0 space-y-3">
      <div className={`prose-newsdesk ${large ? 'font-serif text-lg' : 'text-base'}`}>
        <MdxContent code={author.body.code} />
      </div>
      <AuthorLinks links={author.links} />
    </div>
  );
}
