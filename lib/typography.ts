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

/*
 * Bodies are set in two passes, as remark-smartypants set them: quotes over a body's whole text
 * (a quote opened before a link closes after it), which keeps every text's length, then dashes and
 * ellipses one text at a time, which change it. Each pass is skipped for text it cannot change:
 * a body's texts rarely hold two hyphens or two dots together, and parsing each of them again was
 * most of the second pass's cost.
 */
const quotesOnly = retext()
  .use(retextSmartypants, { ...TYPOGRAPHY_OPTIONS, dashes: false, ellipses: false, backticks: false })
  .freeze();
const marksOnly = retext()
  .use(retextSmartypants, { ...TYPOGRAPHY_OPTIONS, quotes: false })
  .freeze();

/** Curly quotes and apostrophes only: the text comes back as long as it went in. */
export function typesetQuotes(text: string): string {
  if (!/["']/.test(text)) return text;
  return String(quotesOnly.processSync(text));
}

/**
 * Dashes and ellipses only. Only two hyphens together, an en dash before a hyphen ("–-" becomes
 * an em dash), or two dots with nothing but white space between (parse-latin's white space,
 * U+0085 among it) can change; other text is returned without parsing.
 */
export function typesetMarks(text: string): string {
  if (!/--|–-|\.[\s\u0085]*\./.test(text)) return text;
  return String(marksOnly.processSync(text));
}
