import type { ComponentProps } from 'react';
import { getMDXComponent } from 'next-contentlayer2/hooks';
import { AnalystComment } from './analyst-comment';

/**
 * GitHub-flavoured task lists render as disabled checkboxes with no label of their own; the
 * label tells assistive technology what the tick means, the item's text follows it.
 */
function TaskListInput(props: ComponentProps<'input'>) {
  if (props.type !== 'checkbox') return <input {...props} />;
  return <input {...props} aria-label={props.checked ? 'Done' : 'Not done'} />;
}

/** Components an MDX body may use (the content rules reject any other capitalised tag), and overrides. */
const mdxComponents = { AnalystComment, input: TaskListInput };

/** Renders contentlayer's compiled MDX on the server: no MDX runtime reaches the browser. */
export function MdxContent({ code }: { code: string }) {
  const Content = getMDXComponent(code);
  return <Content components={mdxComponents} />;
}
