/*
 * One page of each type the header, tap-target and search specs visit, found through the content
 * the build used (never a named slug), and a word to search for that occurs in a story's body.
 */
import { plainText, publishedArticles, tagPath } from './content';

export function samplePages() {
  const story = publishedArticles()[0];
  if (!story) throw new Error('the site has no published article');
  return {
    home: '/',
    article: `/articles/${story.slug}`,
    tag: tagPath(story.tags[0]!),
    author: `/authors/${story.authors[0]}`,
    'empty search': '/search',
    'search results': `/search?q=${encodeURIComponent(bodyWord())}`,
  };
}

/** A plain word of at least six letters from the newest story's body: search finds at least that story. */
export function bodyWord(): string {
  const words = plainText(publishedArticles()[0]!.body.replace(/<[^>]+>/g, ' ')).split(/\s+/);
  const word = words.find((candidate) => /^[A-Za-z]{6,}$/.test(candidate));
  if (!word) throw new Error('the newest story has no plain word of six letters');
  return word.toLowerCase();
}
