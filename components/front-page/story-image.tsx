import type { ArticleSummary } from '@/lib/content/queries';
import { withBasePath } from '@/lib/urls';

interface StoryImageProps {
  image: NonNullable<ArticleSummary['leadImage']>;
  className?: string;
  /** The lead's image is the page's largest paint; thumbnails wait their turn. */
  priority?: boolean;
}

/**
 * A lead image on the front page, cropped to 16:9. Its measured width and height reserve the space
 * before it loads, so nothing below it moves. The headline next to it names the story, so the
 * image keeps its own alt text for readers who cannot see it.
 */
export function StoryImage({ image, className = '', priority = false }: StoryImageProps) {
  return (
    <img
      src={withBasePath(image.src)}
      alt={image.alt}
      width={image.width}
      height={image.height}
      className={`aspect-video h-auto w-full rounded bg-surface object-cover ${className}`}
      fetchPriority={priority ? 'high' : undefined}
      loading={priority ? undefined : 'lazy'}
      decoding="async"
    />
  );
}
