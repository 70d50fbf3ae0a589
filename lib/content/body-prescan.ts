import { MAX_BODY_NESTING } from './limits';

/*
 * Markdown parsers take time that grows with the square of how deeply a body nests: measured on
 * our parser, 4,000 nested list items took 17 s, and a 512 kB file of `>` would take hours. The
 * nesting limit itself is checked on the parsed tree (lib/content/mdx-analysis.ts); this scan
 * runs on the text first and refuses, in linear time, the shapes that would make parsing slow,
 * so no file can stall the check or the build. Code (fenced blocks and `inline code`) is skipped:
 * an article about HTML may quote as many tags as it likes.
 */

/** A line opening more containers than this (`> > - 1. …`) is refused before parsing. */
const MAX_CONTAINER_PREFIX = MAX_BODY_NESTING;
/** HTML elements open at once, counted loosely; three times the real limit leaves room for errors. */
const MAX_OPEN_ELEMENTS = 3 * MAX_BODY_NESTING;
/** Emphasis, link and tag characters in a row, as in `*_*_*_…`; prose never needs more than a few. */
const MAX_MARKUP_RUN = 64;

export interface PrescanIssue {
  line: number;
  message: string;
}

const CONTAINER_MARKER = /^[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]?/;
const FENCE = /^[ \t]*(`{3,}|~{3,})/;
// A tag name ends at a space, / or >: autolinks such as <https://…> are not elements.
const TAG = /<(\/?)[A-Za-z][\w.-]*(?=[\s/>])[^<>]*?(\/?)>/g;
const MARKUP_RUN = new RegExp(`[*_~\\[<>]{${MAX_MARKUP_RUN + 1},}`);

export function prescanBody(source: string): PrescanIssue | undefined {
  let fence: string | undefined;
  let openElements = 0;
  const lines = source.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    const number = index + 1;
    const fenceMatch = FENCE.exec(line);
    if (fence) {
      if (fenceMatch && fenceMatch[1]!.startsWith(fence)) fence = undefined;
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1]!;
      continue;
    }
    if (containerPrefix(line) > MAX_CONTAINER_PREFIX) {
      return {
        line: number,
        message: `this line opens more than ${MAX_CONTAINER_PREFIX} quotes or lists inside one another; at most ${MAX_BODY_NESTING} levels are allowed`,
      };
    }
    const prose = line.replace(/`[^`]*`/g, '');
    if (MARKUP_RUN.test(prose)) {
      return { line: number, message: `this line has more than ${MAX_MARKUP_RUN} emphasis, link or tag characters in a row; write the text with less markup` };
    }
    for (const [, closing, selfClosing] of prose.matchAll(TAG)) {
      if (closing) openElements -= 1;
      else if (!selfClosing) openElements += 1;
      if (openElements > MAX_OPEN_ELEMENTS) {
        return { line: number, message: `HTML elements are nested more than ${MAX_BODY_NESTING} deep on this line; close them or use fewer` };
      }
    }
  }
  return undefined;
}

function containerPrefix(line: string): number {
  let count = 0;
  let rest = line;
  for (let match = CONTAINER_MARKER.exec(rest); match && match[0].length > 0; match = CONTAINER_MARKER.exec(rest)) {
    count += 1;
    if (count > MAX_CONTAINER_PREFIX) break;
    rest = rest.slice(match[0].length);
  }
  return count;
}
