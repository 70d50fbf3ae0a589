import Link from '@/components/link';
import type { Tag } from '@/lib/tags';
import { tagPath } from '@/lib/urls';
import { SEARCH_HOOKS as HOOK } from './search-hooks';

/** The busiest topics, offered where a search has nothing to show yet or found nothing. */
export function TopicSuggestions({ topics, heading, id }: { topics: Tag[]; heading: string; id: string }) {
  if (topics.length === 0) return null;
  return (
    <section aria-labelledby={id} className="mt-6">
      <h2 id={id} className="font-display text-xl font-bold">
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

/** What an empty /search offers: how to search, and where most of the coverage is. Shown by the page's script. */
export function EmptySearch({ topics }: { topics: Tag[] }) {
  return (
    <div hidden {...{ [HOOK.state]: 'empty' }}>
      <p className="text-lg">Type a word or a phrase, or pick a verdict, topic or author. Put a phrase in quotes to find those words together.</p>
      <TopicSuggestions topics={topics} heading="Or start from a busy topic" id="suggested-topics" />
    </div>
  );
}

/**
 * A search that found nothing: the query again, and ways forward. The page's script fills in the
 * query and shows the parts that fit the search (with a query, with filters, with no query).
 */
export function NoResults({ topics }: { topics: Tag[] }) {
  const shownWhen = (condition: 'query' | 'filtered' | 'no-query') => ({ [HOOK.shownWhen]: condition });
  return (
    <div hidden {...{ [HOOK.state]: 'no-results' }}>
      <p className="text-lg text-ink">
        <span {...shownWhen('query')}>
          Nothing matches <q className="font-semibold" {...{ [HOOK.queryEcho]: '' }} />
          <span {...shownWhen('filtered')}> with these filters</span>.
        </span>
        <span {...shownWhen('no-query')}>No article matches these filters.</span>
      </p>
      <ul className="mt-3 list-disc space-y-1 pl-6">
        <li {...shownWhen('query')}>Check the spelling, or try a shorter or more general word.</li>
        <li {...shownWhen('filtered')}>Set a filter back to “Any” to widen the search.</li>
        <li>Browse a topic instead.</li>
      </ul>
      <TopicSuggestions topics={topics} heading="Busiest topics" id="busiest-topics" />
    </div>
  );
}
