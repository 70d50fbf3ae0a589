/**
 * "Developing story", in words: the dot beside it is decoration, so the label never relies on
 * colour. Shown on the article and on its card in every listing while `status: developing` is set.
 */
export function DevelopingLabel() {
  return (
    <p
      className="inline-flex items-center gap-1.5 rounded border border-accent px-2 py-0.5 text-xs font-bold tracking-wide text-accent uppercase"
      data-story-status="developing"
    >
      <span aria-hidden="true" className="size-2 rounded-full bg-accent" />
      Developing story
    </p>
  );
}
