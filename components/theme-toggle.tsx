import type { ReactNode } from 'react';

/** "system" stores nothing: the page then follows prefers-color-scheme through CSS alone. */
type ThemeChoice = 'system' | 'light' | 'dark';

/** The radios' name, by which the behaviour script finds them. */
export const THEME_INPUT_NAME = 'theme';

const icon = (path: ReactNode) => (
  <svg viewBox="0 0 16 16" className="size-4 shrink-0" aria-hidden="true" focusable="false">
    {path}
  </svg>
);

const CHOICES: ReadonlyArray<{ value: ThemeChoice; label: string; icon: ReactNode }> = [
  {
    value: 'system',
    label: 'System',
    icon: icon(<path d="M2.5 3.5h11v7h-11zM6 13.5h4M8 10.5v3" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />),
  },
  {
    value: 'light',
    label: 'Light',
    icon: icon(
      <g fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round">
        <circle cx="8" cy="8" r="2.75" />
        <path d="M8 1.5v1.5M8 13v1.5M1.5 8H3M13 8h1.5M3.4 3.4l1 1M11.6 11.6l1 1M3.4 12.6l1-1M11.6 4.4l1-1" />
      </g>,
    ),
  },
  { value: 'dark', label: 'Dark', icon: icon(<path d="M13.5 9.5A5.5 5.5 0 0 1 6.5 2.5a5.5 5.5 0 1 0 7 7Z" fill="currentColor" />) },
];

/**
 * The reader's theme: System, Light or Dark, as a radio group, so the current state is both seen
 * (the checked option is filled) and announced. The behaviour script (components/site-behaviours.tsx)
 * checks the current choice, applies and remembers a new one, and follows another tab's; the head
 * script (./theme-script.tsx) reads the choice back before the first paint.
 */
export function ThemeToggle() {
  return (
    <fieldset data-requires-js className="theme-choice">
      <legend className="mb-2 text-sm font-semibold text-ink lg:sr-only">Theme</legend>
      <div className="inline-flex rounded border border-rule p-0.5">
        {CHOICES.map((option) => (
          <label
            key={option.value}
            title={option.label}
            className="relative inline-flex min-h-9 min-w-9 items-center justify-center gap-1.5 rounded-sm px-2.5 text-sm font-medium text-ink has-checked:bg-ink has-checked:text-paper has-focus-visible:outline-3 has-focus-visible:outline-focus"
          >
            <input
              type="radio"
              name={THEME_INPUT_NAME}
              value={option.value}
              // The radio covers its whole label, invisibly: the label is what is seen and tapped.
              className="absolute inset-0 m-0 cursor-pointer appearance-none opacity-0"
            />
            {option.icon}
            {/* The desktop header shows the icons alone; the name stays for screen readers. */}
            <span className="lg:sr-only">{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
