import type { ArticleSummary } from '@/lib/content/queries';
import { ArticleCard } from './article-card';

export function ArticleList({ articles, headingLevel }: { articles: ArticleSummary[]; headingLevel?: 2 | 3 }) {
  return (
    <ol className="divide-y divide-rule">
      {articles.map((article) => (
        <li key={article.slug}>
          <ArticleCard article={article} headingLevel={headingLevel} />
        </li>
      ))}
    </ol>
  );
}
