/** The attribute that marks a copy-link button and holds the URL it copies (components/site-behaviours.tsx). */
export const COPY_LINK_ATTRIBUTE = 'data-copy-link';

/**
 * Copies the page's URL. The behaviour script handles the click, changes the label to "Link
 * copied" and puts the outcome in the status, which screen readers announce without moving focus.
 */
export function CopyLinkButton({ url, className }: { url: string; className: string }) {
  return (
    <button type="button" data-requires-js {...{ [COPY_LINK_ATTRIBUTE]: url }} className={className}>
      <span>Copy link</span>
      <span role="status" className="sr-only" />
    </button>
  );
}
