import type { ComponentProps } from 'react';
import { getMDXComponent } from 'next-contentlayer2/hooks';
import { bodyUrl } from '@/lib/urls';
import { AnalystComment } from './analyst-comment';

/**
 * GitHub-flavoured task lists render as disabled checkboxes with no label of their own; the
 * label tells assistive technology what the tick means, the item's text follows it.
 */
function TaskListInput(props: ComponentProps<'input'>) {
  if (props.type !== 'checkbox') return <input {...props} />;
  return <input {...props} aria-label={props.checked ? 'Done' : 'Not done'} />;
}

/* Authors link and embed site paths (/articles/…, /images/…); under a base path they need its prefix. */
const BodyLink = ({ href, ...props }: ComponentProps<'a'>) => <a href={href && bodyUrl(href)} {...props} />;
const BodyImage = ({ src, ...props }: ComponentProps<'img'>) => <img src={typeof src === 'string' ? bodyUrl(src) : src} {...props} />;

/** Components an MDX body may use (the content rules reject any other capitalised tag), and overrides. */
const mdxComponents = { AnalystComment, a: BodyLink, img: BodyImage, input: TaskListInput };

/** Renders contentlayer's compiled MDX on the server: no MDX runtime reaches the browser. */
export function MdxContent({ code }: { code: string }) {
  const Content = getMDXComponent(code);
  return <Content components={mdxComponents} />;
}
