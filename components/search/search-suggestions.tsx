import Link from '@/components/link';
import type { Tag } from '@/lib/tags';
import { tagPath } from '@/lib/urls';

/** The busiest topics, offered where a search has nothing to show yet or found nothing. */
export function TopicSuggestions({ topics, heading }: { topics: Tag[]; heading: string }) {
  if (topics.length === 0) return null;
  return (
    <section aria-labelledby="suggested-topics" className="mt-6">
      <h2 id="suggested-topics" className="font-display text-xl font-bold">
        {heading}
      </h2>
      <ul className="mt-3 flex flex-wrap gap-2">
        {topics.map((topic) => (
          <li key={topic.slug}>
            <Link
              href={tagPath(topic.slug)}
              className="inline-flex min-h-9 items-center gap-2 rounded border border-rule px-3 text-sm font-semibold text-ink no-underline hover:border-ink"
            >
              {topic.name}
              <span className="font-normal text-muted">
                {topic.count}
                <span className="sr-only"> {topic.count === 1 ? 'article' : 'articles'}</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What an empty /search offers: how to search, and where most of the coverage is. */
export function EmptySearch({ topics }: { topics: Tag[] }) {
  return (
    <div data-search-state="empty">
      <p className="text-lg">Type a word or a phrase, or pick a verdict, topic or author. Put a phrase in quotes to find those words together.</p>
      <TopicSuggestions topics={topics} heading="Or start from a busy topic" />
    </div>
  );
}

/** A search that found nothing: the query again, and ways forward. */
export function NoResults({ query, filtered, topics }: { query: string; filtered: boolean; topics: Tag[] }) {
  return (
    <div data-search-state="no-results">
      <p className="text-lg text-ink">
        {query ? (
          <>
            Nothing matches <q className="font-semibold">{query}</q>
            {filtered ? ' with these filters' : ''}.
          </>
        ) : (
          'No article matches these filters.'
        )}
      </p>
      <ul className="mt-3 list-disc space-y-1 pl-6">
        {query ? <li>Check the spelling, or try a shorter or more general word.</li> : null}
        {filtered ? <li>Set a filter back to “Any” to widen the search.</li> : null}
        <li>Browse a topic instead.</li>
      </ul>
      <TopicSuggestions topics={topics} heading="Busiest topics" />
    </div>
  );
}
