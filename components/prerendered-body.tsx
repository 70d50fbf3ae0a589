import type { HTMLAttributes } from 'react';

type PrerenderedBodyProps = Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'dangerouslySetInnerHTML'> & {
  /** A body as the content build rendered it (lib/content/body-html.ts), from the repository's own files. */
  html: string;
} & Record<`data-${string}`, string | boolean | undefined>;

/**
 * An article or author body. It was rendered to HTML by React when the content was compiled, so it
 * is inserted as it is: React neither renders nor hydrates it again on each page.
 */
export function PrerenderedBody({ html, ...props }: PrerenderedBodyProps) {
  return <div {...props} dangerouslySetInnerHTML={{ __html: html }} />;
}
