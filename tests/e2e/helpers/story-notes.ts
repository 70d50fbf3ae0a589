/*
 * Corrections, updates and developing status of the articles the build used, read from their
 * files with the yaml library alone (not the site's own code), so the browser tests compare the
 * pages with what the authors wrote.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { type Article, publishedArticles } from './content';

export interface Note {
  date: Date;
  text: string;
}

export interface NotedArticle extends Article {
  /** Newest first, as the page shows them. */
  corrections: Note[];
  /** Newest first. */
  updates: Note[];
  developing: boolean;
}

const notes = (value: unknown): Note[] =>
  (Array.isArray(value) ? value : [])
    .map((entry: { date: string; text: string }) => ({ date: new Date(entry.date), text: String(entry.text) }))
    .sort((a, b) => b.date.getTime() - a.date.getTime());

/** Every published article with its notes, newest first. */
export function notedArticles(): NotedArticle[] {
  return publishedArticles().map((article) => {
    const yamlText = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(article.file, 'utf8'))?.[1] ?? '';
    const data = parseYaml(yamlText) ?? {};
    return { ...article, corrections: notes(data.corrections), updates: notes(data.updates), developing: data.status === 'developing' };
  });
}

/** The instant of an article's last change: its `updated`, last correction or last update, whichever is latest. */
export function lastChange(article: NotedArticle, updated?: Date): Date | undefined {
  const times = [updated, article.corrections[0]?.date, article.updates[0]?.date].filter((d): d is Date => d !== undefined);
  return times.length > 0 ? new Date(Math.max(...times.map((d) => d.getTime()))) : undefined;
}
