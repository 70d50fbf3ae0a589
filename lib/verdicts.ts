import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';

/*
 * A verdict is signed and dated on the page, not in the compiled body. The body is compiled once
 * and reused while its own file is unchanged (lib/content/compile/), so an analyst's name written
 * into it would stay stale after their author file changed. The <AnalystComment> block therefore
 * leaves an empty slot, and each page (and feed entry) fills it from the current records when it
 * is built.
 */

/** The attribute the block's empty signature paragraph carries (components/analyst-comment.tsx). */
export const VERDICT_SIGNATURE_ATTRIBUTE = 'data-verdict-signature';

/**
 * The empty slot as React writes it. Text and attribute values from a body can never contain it:
 * React escapes < > and quotes in both, and the sanitiser drops data- attributes an author writes.
 */
const EMPTY_SLOT = `${VERDICT_SIGNATURE_ATTRIBUTE}=""></p>`;

export interface VerdictSignature {
  /** The analyst's display name and author page; absent only when the records are inconsistent. */
  analyst?: { name: string; path: string };
  /** ISO 8601: the comment's own date, else the article's. */
  date: string;
  /** The date as the site prints dates (lib/dates.ts). */
  dateLabel: string;
  /** The verdict methodology page, when the site has one. */
  methodologyPath?: string;
}

const text = (value: string): ElementContent => ({ type: 'text', value });
const link = (href: string, label: string): Element => ({ type: 'element', tagName: 'a', properties: { href }, children: [text(label)] });

/** "Verdict by <a>Name</a>, <time>date</time> · <a>How we rate the news</a>", escaped by hast-util-to-html. */
export function verdictSignatureHtml({ analyst, date, dateLabel, methodologyPath }: VerdictSignature): string {
  const children: ElementContent[] = analyst ? [text('Verdict by '), link(analyst.path, analyst.name), text(', ')] : [text('Verdict of ')];
  children.push({ type: 'element', tagName: 'time', properties: { dateTime: new Date(date).toISOString() }, children: [text(dateLabel)] });
  if (methodologyPath) children.push(text(' · '), link(methodologyPath, 'How we rate the news'));
  return toHtml({ type: 'root', children });
}

/** The body with its verdict signed; a body without an analyst comment comes back as it was. */
export function signVerdict(bodyHtml: string, signature: VerdictSignature): string {
  const at = bodyHtml.indexOf(EMPTY_SLOT);
  if (at === -1) return bodyHtml;
  const insertAt = at + EMPTY_SLOT.length - '</p>'.length;
  return `${bodyHtml.slice(0, insertAt)}${verdictSignatureHtml(signature)}${bodyHtml.slice(insertAt)}`;
}

/** Every analyst's verdicts in the archive's order (newest first), in one pass. */
export function verdictsByAnalyst<T extends { analyst?: string }>(articles: readonly T[]): Map<string, T[]> {
  const byAnalyst = new Map<string, T[]>();
  for (const article of articles) {
    if (!article.analyst) continue;
    const list = byAnalyst.get(article.analyst);
    if (list) list.push(article);
    else byAnalyst.set(article.analyst, [article]);
  }
  return byAnalyst;
}
