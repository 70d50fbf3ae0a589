import type { ComponentProps } from 'react';
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
 * What article and author bodies are rendered with when the content is compiled
 * (contentlayer.config.ts): the one component an MDX body may use (the content rules reject any
 * other capitalised tag), and overrides of plain elements.
 */
export const bodyComponents = { AnalystComment, input: TaskListInput };
