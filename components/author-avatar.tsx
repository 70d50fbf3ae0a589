import { initials } from '@/lib/text';
import { withBasePath } from '@/lib/urls';

/** The author's portrait, or their initials on a tinted disc when they have none. */
export function AuthorAvatar({ name, avatar, size = 64 }: { name: string; avatar?: string; size?: number }) {
  if (avatar) {
    // The avatar is decorative next to the visible name, hence the empty alt text.
    return (
      <img
        src={withBasePath(avatar)}
        alt=""
        width={size}
        height={size}
        // Fixed size and self-start: inside a flex row the image would otherwise stretch to the bio's height.
        style={{ width: size, height: size }}
        className="shrink-0 self-start rounded-full bg-surface object-cover"
      />
    );
  }
  return (
    <span
      aria-hidden="true"
      style={{ width: size, height: size, fontSize: size * 0.38 }}
      className="inline-flex shrink-0 items-center justify-center self-start rounded-full bg-ink font-display font-bold text-paper"
    >
      {initials(name)}
    </span>
  );
}
