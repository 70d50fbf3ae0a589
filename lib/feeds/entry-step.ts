import { ContentFileError, inContentFile as inContentFileDoing } from '../content/content-file-error';

/** An error that already names the content file and the step it came from. */
export { ContentFileError as FeedEntryError };

/**
 * Runs one step of building an article's feed entry. Whatever it throws, even the RangeError of a
 * body nested too deep to walk, comes out naming the content file and the step, so whoever reads
 * the build log knows which article to open.
 */
export const inContentFile = <T>(contentFile: string, step: string, run: () => T): T =>
  inContentFileDoing(contentFile, `the feeds step failed while ${step}`, run);
