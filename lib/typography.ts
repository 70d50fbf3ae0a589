import { retext } from 'retext';
import retextSmartypants, { type Options } from 'retext-smartypants';

/*
 * Writers type on keyboards: straight quotes, two hyphens, three dots. Readers get what a printed
 * page would show: curly quotes and apostrophes, en and em dashes, the ellipsis character. Bodies
 * get it in the body pipeline (lib/content/body-typography.ts), headlines, summaries and the other
 * frontmatter texts when the build reads them (lib/content/records.ts), with these same options,
 * so a headline reads the same on its page, in listings, feeds, JSON-LD and share cards.
 */
export const TYPOGRAPHY_OPTIONS: Readonly<Options> = {
  // Pandoc's and LaTeX's convention: "--" for ranges (2020–2024), "---" for a break in thought.
  dashes: 'oldschool',
  // ``this'' is TeX, not something writers here type; a backtick stays a backtick.
  backticks: false,
  quotes: true,
  ellipses: true,
};

const smartypants = retext().use(retextSmartypants, TYPOGRAPHY_OPTIONS).freeze();

/** `"Don't" -- he said...` → `“Don’t” – he said…`; text without such marks comes back unchanged. */
export function typeset(text: string): string {
  // Most texts have nothing to change: skip the parse for them.
  if (!/["'.-]/.test(text)) return text;
  return String(smartypants.processSync(text));
}
