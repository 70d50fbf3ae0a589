import { siteConfig } from '@/site.config';
import type { Sentiment } from './sentiment';

/*
 * Every internal URL is built here, following the layout in ../shared/CONTENT.md, so links
 * use one form throughout the site (no trailing slash).
 */
export const articlePath = (slug: string) => `/articles/${slug}`;
export const authorPath = (slug: string) => `/authors/${slug}`;
export const tagPath = (tagSlug: string) => `/tags/${encodeURIComponent(tagSlug)}`;
export const sentimentPath = (sentiment: Sentiment) => `/sentiment/${sentiment}`;

export function absoluteUrl(path: string): string {
  return new URL(path, `${siteConfig.url}/`).toString();
}
