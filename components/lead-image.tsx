import type * as Content from '@/lib/content/types';
import { withBasePath } from '@/lib/urls';


export function LeadImage({ image }: { image: Content.LeadImage }) {
  return (
    // Left out of the search index, whose excerpts come from the story's text.
    <figure className="my-8" data-pagefind-ignore>
      <img
        src={withBasePath(image.src)}
        alt={image.alt}
        width={image.width}
        height={image.height}
        className="h-auto w-full rounded bg-surface"
        // The lead image is the page's largest paint: fetch it first.
        fetchPriority="high"
      />
      {image.credit ? <figcaption className="mt-2 text-sm text-muted">Photo: {image.credit}</figcaption> : null}
    </figure>
  );
}
