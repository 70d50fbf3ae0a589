import { initials } from '@/lib/text';
import { withBasePath } from '@/lib/urls';

/*
 * Fixed sizes as classes rather than inline styles. A fixed box (and self-start) matters: inside a
 * flex row the portrait would otherwise stretch to the bio's height. Initials are about 0.38 of the disc.
 */
const SIZES = {
  64: { box: 'size-16', initials: 'text-2xl' },
  96: { box: 'size-24', initials: 'text-4xl' },
} as const;

/** The author's portrait, or their initials on a tinted disc when they have none. */
export function AuthorAvatar({ name, avatar, size = 64 }: { name: string; avatar?: string; size?: keyof typeof SIZES }) {
  if (avatar) {
    // The avatar is decorative next to the visible name, hence the empty alt text.
    return (
      <img
        src={withBasePath(avatar)}
        alt=""
        width={size}
        height={size}
        className={`${SIZES[size].box} shrink-0 self-start rounded-full bg-surface object-cover`}
      />
    );
  }
  return (
    <span
      aria-hidden="true"
      className={`${SIZES[size].box} ${SIZES[size].initials} inline-flex shrink-0 items-center justify-center self-start rounded-full bg-ink font-display font-bold text-paper`}
    >
      {initials(name)}
    </span>
  );
}
