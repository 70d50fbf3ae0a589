/*
 * Every build step that works on one content file (the page, its share card, its feed entry)
 * runs that work through here, so that whatever goes wrong, even a RangeError deep in a library,
 * reaches the build log naming the file an author has to open. The original error stays as the
 * cause.
 */

/** An error that already names the content file it came from. */
export class ContentFileError extends Error {
  override name = 'ContentFileError';
}

/** The path an author sees in their pull request: content/articles/2026/x.mdx. */
export const contentFileOf = (document: { contentFile: string }) => document.contentFile;

/** Runs `run`; an error comes out as "<file>: <failure>: <original error>". */
export function inContentFile<T>(contentFile: string, failure: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof ContentFileError) throw error;
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    throw new ContentFileError(`${contentFile}: ${failure}: ${reason}`, { cause: error });
  }
}
