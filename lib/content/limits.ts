/*
 * Every size limit on content, in one place. Each is far beyond what a newsroom writes (CONTRIBUTING.md
 * lists them for authors); they exist so one hostile or broken file cannot make the build run for
 * hours, exhaust memory or publish a 15 MB page.
 */

/** A 20,000-word long read is about 130 kB; a 5 MB file is a mistake or an attack. */
export const MAX_FILE_BYTES = 512 * 1024;

/** Lists, block quotes and HTML elements inside one another; prose rarely goes past three. */
export const MAX_BODY_NESTING = 10;

/** Lists and maps inside one another in the frontmatter; `corrections` needs three. */
export const MAX_FRONTMATTER_NESTING = 10;

export const MAX_TAGS_PER_ARTICLE = 20;

/**
 * Longest slug (article or author file name, or a tag's slug), in UTF-8 bytes. A slug names files
 * of the export (`<slug>.html`, `.next/…/<slug>.segments`), and file systems stop at 255 bytes;
 * a tag's slug can be six times its text ("#" is spelled "sharp"), so it is measured, not the tag.
 */
export const MAX_SLUG_BYTES = 200;
export const MAX_AUTHORS_PER_ARTICLE = 20;

/** Highest `order` of a trust page: positions in a footer, not a number to count with. */
export const MAX_ORDER = 999;

/** Longest text per frontmatter field, in characters. */
export const MAX_TEXT_LENGTH: Readonly<Record<string, number>> = {
  title: 200,
  summary: 600,
  imageAlt: 600,
  imageCredit: 200,
  name: 100,
  role: 200,
  tag: 60,
  link: 500,
  seriesTitle: 200,
};

/** Entries of `corrections` or of `updates` in one article; a live blog is another format. */
export const MAX_NOTES_PER_LIST = 100;

/** Longest text of one correction or update, in characters: a short paragraph. */
export const MAX_NOTE_LENGTH = 1000;
/** Ranks of `featured`: 1 is the lead story, the others order the Editor's picks. */
export const MAX_FEATURED_RANK = 99;
