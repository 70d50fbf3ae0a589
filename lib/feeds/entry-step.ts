/** An error that already names the content file and the step it came from. */
export class FeedEntryError extends Error {
  override name = 'FeedEntryError';
}

/**
 * Runs one step of building an article's feed entry. Whatever it throws, even the RangeError of a
 * body nested too deep to walk, comes out naming the content file and the step, so whoever reads
 * the build log knows which article to open; the original error stays as the cause.
 */
export function inContentFile<T>(contentFile: string, step: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof FeedEntryError) throw error;
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    throw new FeedEntryError(`${contentFile}: the feeds step failed while ${step}: ${reason}`, { cause: error });
  }
}
