import type { ContentProblem } from './rules';

/**
 * Problems quote what the author wrote, and YAML text may hold line breaks. GitHub Actions reads
 * a line of a step's output (stderr included) that starts with "::" as a workflow command, so a
 * quoted "\n::error file=…::" would post an annotation of the author's choosing, and
 * "::stop-commands::" would silence the real ones. Line breaks and other controls are shown as
 * escapes instead: every line of the report is one the report itself began.
 */
const oneLine = (text: string) =>
  text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (char) =>
    char === '\n' ? '\\n' : char === '\t' ? char : `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

/** Groups problems by file so an author sees everything wrong with their article in one place. */
export function formatReport(problems: ContentProblem[]): string {
  if (problems.length === 0) return 'Content check passed: no problems found.';
  const byFile = new Map<string, ContentProblem[]>();
  for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);

  const sections = [...byFile].map(([file, fileProblems]) => {
    const lines = fileProblems.map((p) => `  ${p.line ? `line ${p.line}` : 'file'}: ${oneLine(p.message)}`);
    return [oneLine(file), ...lines].join('\n');
  });
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${byFile.size} file${byFile.size === 1 ? '' : 's'}`;
  return `${sections.join('\n\n')}\n\nContent check failed: ${count}. Nothing was published; fix the lines above and run the check again.`;
}

/* GitHub's workflow-command escaping: message data and property values escape different sets. */
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * One `::error` workflow command per problem, so GitHub Actions pins each one to its file and
 * line in the pull request's diff.
 */
export function formatGitHubAnnotations(problems: ContentProblem[]): string {
  return problems
    .map((problem) => {
      const properties = [`file=${escapeProperty(problem.file)}`];
      if (problem.line) properties.push(`line=${problem.line}`);
      properties.push(`title=${escapeProperty('Content check')}`);
      return `::error ${properties.join(',')}::${escapeData(problem.message)}`;
    })
    .join('\n');
}
