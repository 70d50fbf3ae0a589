import type { ContentProblem } from '@/lib/content/rules';

/** The preview's list of content problems, at the top of every page while any file fails the check. */
export function ContentProblemsPanel({ problems }: { problems: readonly ContentProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <section role="alert" aria-labelledby="content-problems" className="border-b-4 border-negative-ink bg-negative-wash px-4 py-4 font-sans text-ink sm:px-6">
      <h2 id="content-problems" className="text-lg font-bold">
        {problems.length === 1 ? '1 content problem' : `${problems.length} content problems`}: these files are not in the preview, and a build would fail
      </h2>
      <ul className="mt-2 space-y-1 text-sm">
        {problems.map((problem, index) => (
          <li key={index}>
            <code>
              {problem.file}
              {problem.line ? `:${problem.line}` : ''}
            </code>{' '}
            {problem.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
