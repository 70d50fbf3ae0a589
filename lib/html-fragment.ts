import type { Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { parseFragment } from 'parse5';

/**
 * An HTML fragment (a compiled body) as a hast tree. rehype-parse always asks parse5 for source
 * positions, which double the cost of a parse (lib/security/page-policy.ts measured it), and no step
 * that rewrites a compiled body reads them: the feeds parse every article's body once.
 */
export const parseHtmlFragment = (html: string): Root => fromParse5(parseFragment(html)) as Root;
