import { getMDXComponent } from 'next-contentlayer2/hooks';
import { AnalystComment } from './analyst-comment';

/** Components an MDX body may use; the content rules reject any other capitalised tag. */
const mdxComponents = { AnalystComment };

/** Renders contentlayer's compiled MDX on the server: no MDX runtime reaches the browser. */
export function MdxContent({ code }: { code: string }) {
  const Content = getMDXComponent(code);
  return <Content components={mdxComponents} />;
}
