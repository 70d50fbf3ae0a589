'use client';

import { useEffect, useState, type ReactNode } from 'react';
import { THEME_STORAGE_KEY } from './theme-script';

/** "system" stores nothing: the page then follows prefers-color-scheme through CSS alone. */
type ThemeChoice = 'system' | 'light' | 'dark';

const isPinnedTheme = (value: unknown): value is 'light' | 'dark' => value === 'light' || value === 'dark';

/** The head script has already applied the stored choice to <html>, so the page is the truth. */
function currentChoice(): ThemeChoice {
  const pinned = document.documentElement.dataset.theme;
  return isPinnedTheme(pinned) ? pinned : 'system';
}

function applyChoice(choice: ThemeChoice) {
  const root = document.documentElement;
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
}

function storeChoice(choice: ThemeChoice) {
  try {
    if (choice === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Private browsing can refuse storage; the theme still changes for this page.
  }
}

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
 * (the checked option is filled) and announced. The choice is remembered and read back by the
 * head script before the first paint; another tab's choice is followed through the storage event.
 */
export function ThemeToggle() {
  const [choice, setChoice] = useState<ThemeChoice | undefined>(undefined);
  useEffect(() => {
    // The stored choice exists only in the browser: read after hydration, so the server's markup
    // and the first client render agree.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setChoice(currentChoice());
    function onStorage(event: StorageEvent) {
      if (event.key !== THEME_STORAGE_KEY) return;
      const next = isPinnedTheme(event.newValue) ? event.newValue : 'system';
      applyChoice(next);
      setChoice(next);
    }
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  function choose(next: ThemeChoice) {
    applyChoice(next);
    storeChoice(next);
    setChoice(next);
  }

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
              name="theme"
              value={option.value}
              checked={choice === option.value}
              onChange={() => choose(option.value)}
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
