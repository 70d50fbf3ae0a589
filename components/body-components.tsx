import type { ComponentProps } from 'react';
import { typeset } from '@/lib/typography';
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

/**
 * What article and author bodies are rendered with when the content is compiled
 * (contentlayer.config.ts): the one component an MDX body may use (the content rules reject any
 * other capitalised tag), and overrides of plain elements.
 */
export const bodyComponents = { AnalystComment: TypesetAnalystComment, input: TaskListInput };
