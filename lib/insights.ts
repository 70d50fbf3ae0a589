import { SENTIMENTS, type Sentiment } from './sentiment';

export type SentimentCounts = Record<Sentiment, number>;

interface Judged {
  date: string;
  sentiment?: string;
}

export interface MonthCounts {
  /** "2026-09": the calendar month in the site's time zone. */
  month: string;
  counts: SentimentCounts;
  total: number;
}

export interface SentimentMix {
  counts: SentimentCounts;
  /** Articles with an analyst verdict; those without one are not part of any mix. */
  total: number;
  /** Positive share minus negative share, from -1 (all negative) to 1 (all positive). */
  netTone: number;
}

export const emptyCounts = (): SentimentCounts => ({ positive: 0, negative: 0, neutral: 0, mixed: 0 });

const isJudged = (article: Judged): article is Judged & { sentiment: Sentiment } => (SENTIMENTS as readonly string[]).includes(article.sentiment ?? '');

export function sentimentMix(articles: readonly Judged[]): SentimentMix {
  const counts = emptyCounts();
  for (const article of articles.filter(isJudged)) counts[article.sentiment] += 1;
  const total = SENTIMENTS.reduce((sum, sentiment) => sum + counts[sentiment], 0);
  return { counts, total, netTone: total === 0 ? 0 : (counts.positive - counts.negative) / total };
}

/**
 * One formatter a time zone: making an Intl.DateTimeFormat costs far more than formatting with one,
 * and every tag's and author's landing page reads the month of each of its stories.
 */
const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** "2026-05" for a moment, read in the given time zone: a story at 23:30 UTC on 31 May is June's in Tokyo. */
export function monthOf(date: string, timeZone: string): string {
  let format = monthFormats.get(timeZone);
  if (!format) monthFormats.set(timeZone, (format = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: '2-digit', timeZone })));
  const parts = format.formatToParts(new Date(date));
  const part = (type: string) => parts.find((candidate) => candidate.type === type)!.value;
  return `${part('year')}-${part('month')}`;
}

/**
 * Counts per calendar month of the site's time zone, oldest first, with empty months between the
 * first and last kept as zeros.
 */
export function sentimentByMonth(articles: readonly Judged[], timeZone: string): MonthCounts[] {
  const judged = articles.filter(isJudged).map((article) => ({ ...article, month: monthOf(article.date, timeZone) }));
  if (judged.length === 0) return [];
  const months = judged.map((article) => article.month).sort();
  const rows: MonthCounts[] = [];
  for (let month = months[0]!; month <= months.at(-1)!; month = nextMonth(month)) {
    const { counts, total } = sentimentMix(judged.filter((article) => article.month === month));
    rows.push({ month, counts, total });
  }
  return rows;
}

/**
 * Month labels in the site's language, with the year in full: "Aug 2026" (a two-digit year,
 * "Aug 26", reads as the 26th of August). The 15th at noon stays inside the month in every zone.
 */
export function monthFormatter({ language, timeZone }: { language: string; timeZone: string }): (month: string) => string {
  const format = new Intl.DateTimeFormat(language, { month: 'short', year: 'numeric', timeZone });
  return (month) => format.format(new Date(`${month}-15T12:00:00Z`));
}

function nextMonth(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
}

export interface GroupMix extends SentimentMix {
  name: string;
  path: string;
}

/** The sentiment mix of each group (tag, author), the most judged groups first, at most `limit`. */
export function mixByGroup(groups: Array<{ name: string; path: string; articles: readonly Judged[] }>, limit: number): GroupMix[] {
  return groups
    .map(({ name, path, articles }) => ({ name, path, ...sentimentMix(articles) }))
    .filter((group) => group.total > 0)
    .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name))
    .slice(0, limit);
}

/** A verdict's share of a mix in whole percent (0 for an empty mix). */
export const sharePercent = (count: number, total: number): number => (total === 0 ? 0 : Math.round((count / total) * 100));

/** The sentence that says what the net tone number means, with the two shares it comes from. */
export function explainNetTone(mix: SentimentMix): string {
  const positive = sharePercent(mix.counts.positive, mix.total);
  const negative = sharePercent(mix.counts.negative, mix.total);
  const balance =
    mix.netTone > 0
      ? 'more positive verdicts than negative ones'
      : mix.netTone < 0
        ? 'more negative verdicts than positive ones'
        : 'as many positive verdicts as negative ones';
  return `Net tone ${formatNetTone(mix.netTone)}: ${positive}% of verdicts positive minus ${negative}% negative, so ${balance}.`;
}

/** "+25%" / "−50%" / "0%": net tone as readers read it. */
export function formatNetTone(netTone: number): string {
  const percent = Math.round(netTone * 100);
  return percent > 0 ? `+${percent}%` : percent < 0 ? `−${Math.abs(percent)}%` : '0%';
}
