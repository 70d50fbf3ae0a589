import type { ReactNode } from 'react';

interface PageHeadingProps {
  /** Small label above the title, such as "Topic" or "Author". */
  eyebrow?: string;
  title: ReactNode;
  description?: ReactNode;
  /** Extra header content, such as an author's bio. */
  children?: ReactNode;
}

export function PageHeading({ eyebrow, title, description, children }: PageHeadingProps) {
  return (
    <header className="border-b-2 border-ink pb-6">
      {eyebrow ? <p className="text-xs font-bold uppercase tracking-[0.15em] text-accent">{eyebrow}</p> : null}
      <h1 className="mt-1 font-display text-4xl font-bold text-balance sm:text-5xl">{title}</h1>
      {description ? <div className="mt-3 max-w-2xl text-lg text-muted">{description}</div> : null}
      {children}
    </header>
  );
}
