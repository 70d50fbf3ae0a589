import { isSentiment, type Sentiment } from './sentiment';

/** A search as it lives in the URL: /search?q=…&sentiment=…&tag=…&author=… */
export interface SearchRequest {
  query: string;
  sentiment?: Sentiment;
  tag?: string;
  author?: string;
}

export function parseSearchParams(params: URLSearchParams): SearchRequest {
  const sentiment = params.get('sentiment') ?? undefined;
  return {
    query: (params.get('q') ?? '').trim(),
    sentiment: isSentiment(sentiment) ? sentiment : undefined,
    tag: params.get('tag') || undefined,
    author: params.get('author') || undefined,
  };
}

export function searchParamsOf(request: SearchRequest): URLSearchParams {
  const params = new URLSearchParams();
  if (request.query) params.set('q', request.query);
  if (request.sentiment) params.set('sentiment', request.sentiment);
  if (request.tag) params.set('tag', request.tag);
  if (request.author) params.set('author', request.author);
  return params;
}

/** Pagefind's filter object for a request: only the facets the reader chose. */
export function pagefindFilters({ sentiment, tag, author }: SearchRequest): Record<string, string> {
  return Object.fromEntries(Object.entries({ sentiment, tag, author }).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

export const isEmptySearch = (request: SearchRequest) => !request.query && Object.keys(pagefindFilters(request)).length === 0;
