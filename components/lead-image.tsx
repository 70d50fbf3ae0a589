import type * as Content from '@/lib/content/types';
import { withBasePath } from '@/lib/urls';

/** The caption names what the picture is: a chart captioned "Photo" misleads. */
const CREDIT_LABEL: Record<Content.LeadImage['kind'], string> = {
  photo: 'Photo',
  illustration: 'Illustration',
  graphic: 'Graphic',
};

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
      {image.credit ? (
        <figcaption className="mt-2 text-sm text-muted">
          {CREDIT_LABEL[image.kind]}: {image.credit}
        </figcaption>
      ) : null}
    </figure>
  );
}
