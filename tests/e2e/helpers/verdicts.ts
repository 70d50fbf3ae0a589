/*
 * Subjects for the verdict-chart tests, found in the content the build used: the tag and the author
 * with the most analyst verdicts, and the counts a reader should see for them.
 */
import { type Article, publishedArticles, SENTIMENTS, type Sentiment, tagPath, tagSlug } from './content';

const judged = () => publishedArticles().filter((article) => article.comment && (SENTIMENTS as readonly string[]).includes(article.comment.sentiment));

function busiest(keysOf: (article: Article) => string[]): { key: string; articles: Article[] } {
  const groups = new Map<string, Article[]>();
  for (const article of judged()) for (const key of keysOf(article)) groups.set(key, [...(groups.get(key) ?? []), article]);
  const [key, articles] = [...groups].sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b))[0]!;
  return { key, articles };
}

export interface VerdictSubject {
  path: string;
  counts: Record<Sentiment, number>;
  total: number;
}

function subject(path: string, articles: Article[]): VerdictSubject {
  const counts = Object.fromEntries(SENTIMENTS.map((s) => [s, articles.filter((a) => a.comment!.sentiment === s).length])) as Record<Sentiment, number>;
  return { path, counts, total: articles.length };
}

export function busiestTag(): VerdictSubject {
  const { key, articles } = busiest((article) => [...new Set(article.tags.map(tagSlug))]);
  return subject(tagPath(key), articles);
}

export function busiestAuthor(): VerdictSubject {
  const { key, articles } = busiest((article) => article.authors);
  return subject(`/authors/${key}`, articles);
}

/** Every month with a verdict, as "2026-08", in the given zone. */
export function judgedMonths(timeZone: string): string[] {
  const format = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: '2-digit', timeZone });
  const monthOf = (date: Date) => {
    const parts = Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
    return `${parts.year}-${parts.month}`;
  };
  return [...new Set(judged().map((article) => monthOf(article.date)))].sort();
}
