import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/*
 * A deploy workflow must not publish a site whose every absolute link points at localhost: the
 * step that guards the build is run here with bash, as the runner runs it, for each kind of value.
 */
const WORKFLOWS = join(import.meta.dirname, '../../.github/workflows');

interface Step {
  name?: string;
  uses?: string;
  run?: string;
}
interface Workflow {
  jobs: Record<string, { steps?: Step[] }>;
}

const deployJobs = readdirSync(WORKFLOWS)
  .filter((file) => /\.ya?ml$/.test(file))
  .flatMap((file) => {
    const workflow = parse(readFileSync(join(WORKFLOWS, file), 'utf8')) as Workflow;
    return (
      Object.entries(workflow.jobs)
        // A job that builds the site and publishes what it built.
        .filter(
          ([, job]) =>
            job.steps?.some((step) => /upload-pages-artifact|deploy-pages/.test(step.uses ?? '')) &&
            job.steps.some((step) => step.run?.includes('npm run build')),
        )
        .map(([name, job]) => ({ label: `${file} ${name}`, steps: job.steps! }))
    );
  });

const scratch = mkdtempSync(join(tmpdir(), 'newsdesk-workflow-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function runGuard(script: string, siteUrl: string) {
  const githubEnv = join(scratch, `env-${Math.random().toString(36).slice(2)}`);
  const result = spawnSync('bash', ['-e', '-c', script], { env: { ...process.env, NEWSDESK_SITE_URL: siteUrl, GITHUB_ENV: githubEnv }, encoding: 'utf8' });
  let exported = '';
  try {
    exported = readFileSync(githubEnv, 'utf8');
  } catch {
    // Not written: the guard stopped first.
  }
  return { status: result.status, stdout: result.stdout, exported };
}

describe('deploy workflows require NEWSDESK_SITE_URL', () => {
  it('there is a deploy workflow to check', () => expect(deployJobs.map((job) => job.label)).toEqual(['deploy-pages.yml build']));

  describe.each(deployJobs)('$label', ({ steps }) => {
    const guardIndex = steps.findIndex((step) => step.name === 'Require the site URL');
    const buildIndex = steps.findIndex((step) => step.run?.includes('npm run build'));

    it('guards the build with a step that runs before it', () => {
      expect(guardIndex).toBeGreaterThanOrEqual(0);
      expect(guardIndex).toBeLessThan(buildIndex);
    });

    it.each(['', 'http://localhost:3000', 'https://127.0.0.1/news', 'news.example.org'])('fails for %j, naming the variable', (value) => {
      const { status, stdout, exported } = runGuard(steps[guardIndex]!.run!, value);
      expect(status).toBe(1);
      expect(stdout).toMatch(/^::error title=NEWSDESK_SITE_URL/);
      expect(exported).toBe('');
    });

    it('hands a public address on to the build', () => {
      const { status, exported } = runGuard(steps[guardIndex]!.run!, 'https://example.github.io/newsdesk');
      expect(status).toBe(0);
      expect(exported).toBe('NEWSDESK_SITE_URL=https://example.github.io/newsdesk\n');
    });
  });
});
