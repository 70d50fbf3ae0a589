import type { ReactNode } from 'react';

/**
 * A table that may be wider than a phone: it scrolls sideways inside its own box, with a shadow on
 * the right edge and a line of text saying so while columns are out of view (the table's cells keep
 * the first column sticky). `minWidth` and `hintUntil` are Tailwind classes that go together: the
 * table is never narrower than minWidth, so it overflows exactly below minWidth plus the page's
 * 1rem side padding, and the hint shows exactly there.
 */
export function ScrollTable({ label, minWidth, hintUntil, children }: { label: string; minWidth: string; hintUntil: string; children: ReactNode }) {
  return (
    <div className="space-y-1" data-scroll-table>
      <p className={`text-xs text-muted ${hintUntil}`} aria-hidden="true" data-scroll-hint>
        Scroll sideways for every column →
      </p>
      {/* Named, so it is a region a screen reader can list; focusable, so a keyboard can scroll it. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must take focus (WCAG 2.1.1) */}
      <section aria-label={label} tabIndex={0} className="scroll-cue">
        <table className={`w-full text-sm ${minWidth}`}>{children}</table>
      </section>
    </div>
  );
}

/** The classes of a first-column cell: it stays in view while the rest of the row scrolls under it. */
export const STICKY_FIRST_COLUMN = 'sticky left-0 bg-paper';
