import type { ComponentProps } from 'react';
import { typeset } from '@/lib/typography';
import { MASTHEAD_ATTRIBUTE } from '@/lib/pages';
import { AnalystComment } from './analyst-comment';

/**
 * GitHub-flavoured task lists render as disabled checkboxes with no label of their own; the
 * label tells assistive technology what the tick means, the item's text follows it.
 */
function TaskListInput(props: ComponentProps<'input'>) {
  if (props.type !== 'checkbox') return <input {...props} />;
  return <input {...props} aria-label={props.checked ? 'Done' : 'Not done'} />;
}

/**
 * The verdict headline is an attribute, which the body's typography (curly quotes, dashes) never
 * sees; it gets the same typesetting as the frontmatter's headlines here.
 */
function TypesetAnalystComment({ headline, ...props }: ComponentProps<typeof AnalystComment>) {
  return <AnalystComment {...props} headline={headline === undefined ? undefined : typeset(headline)} />;
}

/** * A trust page's <Masthead />: an empty slot the page fills with the staff list from the current
 * author files (lib/pages.ts), which a body compiled once and cached could not keep up to date.
 */
function Masthead() {
  return <div {...{ [MASTHEAD_ATTRIBUTE]: '' }} />;
}

/**
 * What article and author bodies are rendered with when the content is compiled
 * (scripts/compile/site-compiler.ts): the components a body may use (the content rules reject any other
 * capitalised tag, and say which kind of file may use which), and overrides of plain elements.
 */
export const bodyComponents = { AnalystComment: TypesetAnalystComment, Masthead, input: TaskListInput };
