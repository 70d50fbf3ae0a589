import { SENTIMENTS, type Sentiment } from './sentiment';

export type SentimentCounts = Record<Sentiment, number>;

interface Judged {
  date: string;
  sentiment?: string;
}

export interface MonthCounts {
  /** "2026-09", in UTC like every date on the site. */
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

const isJudged = (article: Judged): article is Judged & { sentiment: Sentiment } =>
  (SENTIMENTS as readonly string[]).includes(article.sentiment ?? '');

export function sentimentMix(articles: readonly Judged[]): SentimentMix {
  const counts = emptyCounts();
  for (const article of articles.filter(isJudged)) counts[article.sentiment] += 1;
  const total = SENTIMENTS.reduce((sum, sentiment) => sum + counts[sentiment], 0);
  return { counts, total, netTone: total === 0 ? 0 : (counts.positive - counts.negative) / total };
}

/** Counts per calendar month, oldest first, with empty months between the first and last kept as zeros. */
export function sentimentByMonth(articles: readonly Judged[]): MonthCounts[] {
  const judged = articles.filter(isJudged);
  if (judged.length === 0) return [];
  const months = judged.map((article) => article.date.slice(0, 7)).sort();
  const rows: MonthCounts[] = [];
  for (let month = months[0]!; month <= months.at(-1)!; month = nextMonth(month)) {
    const { counts, total } = sentimentMix(judged.filter((article) => article.date.startsWith(month)));
    rows.push({ month, counts, total });
  }
  return rows;
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

/** "+25%" / "−50%" / "0%": net tone as readers read it. */
export function formatNetTone(netTone: number): string {
  const percent = Math.round(netTone * 100);
  return percent > 0 ? `+${percent}%` : percent < 0 ? `−${Math.abs(percent)}%` : '0%';
}
