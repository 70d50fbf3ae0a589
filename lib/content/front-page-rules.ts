import type { FieldProblem } from './field-rules';
import { MAX_SLUG_BYTES } from './limits';
import { SLUG_PATTERN } from './schema';

/*
 * Rules for the front-page and series fields (docs/content-format.md, "The front page" and
 * "Series") beyond their types, which lib/content/field-rules.ts checks.
 */

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** One article's `featured`, `series` and `seriesTitle`, against each other and its `image`. */
export function frontPageFieldProblems(data: Record<string, unknown>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (data.featured === 1 && !data.image) {
    problems.push({
      field: 'featured',
      message:
        '"featured: 1" makes this the lead story, which shows its lead image; add "image" and "imageAlt", or use "featured: true" or a rank from 2 for the Editor\'s picks',
    });
  }
  const { series, seriesTitle } = data;
  if (typeof series === 'string' && series.trim() !== '') {
    if (bytes(series) > MAX_SLUG_BYTES) {
      problems.push({
        field: 'series',
        message: `"series" is ${bytes(series)} bytes long; a series slug names its page, and at most ${MAX_SLUG_BYTES} bytes are allowed`,
      });
    } else if (!SLUG_PATTERN.test(series)) {
      problems.push({
        field: 'series',
        message: '"series" must be a slug: lowercase letters, digits and single hyphens, for example "grid-week" (the series page is /series/<slug>)',
      });
    }
  }
  if (seriesTitle !== undefined && seriesTitle !== null && (series === undefined || series === null)) {
    problems.push({ field: 'seriesTitle', message: '"seriesTitle" is set but there is no "series"; add "series: <slug>" or remove the title' });
  }
  return problems;
}

export interface SeriesTitleSource {
  file: string;
  series: unknown;
  seriesTitle: unknown;
  line?: number;
}

/**
 * Every part that names its series' title must name the same one; each file that disagrees with
 * the first file (by path) to give a title is told which file and title it disagrees with.
 * One pass, keyed by series.
 */
export function seriesTitleConflicts(sources: readonly SeriesTitleSource[]): Array<{ file: string; line?: number; message: string }> {
  const first = new Map<string, SeriesTitleSource>();
  const problems: Array<{ file: string; line?: number; message: string }> = [];
  for (const source of [...sources].sort((a, b) => a.file.localeCompare(b.file))) {
    if (typeof source.series !== 'string' || typeof source.seriesTitle !== 'string') continue;
    const earlier = first.get(source.series);
    if (!earlier) first.set(source.series, source);
    else if (earlier.seriesTitle !== source.seriesTitle) {
      problems.push({
        file: source.file,
        line: source.line,
        message: `"seriesTitle" "${source.seriesTitle}" differs from "${String(earlier.seriesTitle)}" in ${earlier.file}; every part of the series "${source.series}" that names its title must use the same one`,
      });
    }
  }
  return problems;
}
