/*
 * The one clock of a build. Whether a story is published (dated at or before "now") decides which
 * pages exist, which listings, feeds and sitemaps link them, and the News sitemap's two-day
 * window. `npm run build` runs its steps as separate processes, and Next renders in several
 * workers: if each asked the system for the time, a story scheduled a minute ahead could be in a
 * listing rendered late but have no page rendered early, and the feeds step would link it too.
 * So the build fixes its time once (scripts/build/run-build.ts) in NEWSDESK_BUILD_TIME, every
 * process reads it here, and nothing else on the build path calls `new Date()`.
 */

export const BUILD_TIME_VARIABLE = 'NEWSDESK_BUILD_TIME';

/** When this process started: the clock of a step run on its own (`npm run build:feeds`). */
const processStart = new Date();

/**
 * The time a NEWSDESK_BUILD_TIME value names. Anything a Date cannot read is refused, loudly: a
 * typo must not silently publish every scheduled story, nor hide every story.
 */
export function parseBuildTime(value: string): Date {
  const time = new Date(value);
  if (value.trim() === '' || Number.isNaN(time.getTime())) {
    throw new Error(`${BUILD_TIME_VARIABLE}="${value}" is not a date and time; give an ISO 8601 time such as 2026-11-23T09:00:00Z.`);
  }
  return time;
}

interface ClockSources {
  /** The NEWSDESK_BUILD_TIME value, if any. */
  fixed: string | undefined;
  /** True in `npm run dev`. */
  preview: boolean;
  processStart: Date;
  now: () => Date;
}

/**
 * Which time a process works with. A build step: the build's time. A step run on its own: the
 * time it started, the same for all its work. `npm run dev`: the time of each request. A preview
 * shows drafts and scheduled stories anyway, so the time only decides the "Scheduled" badge, and
 * an author waiting for a story to go live wants the badge to change when the time comes, not
 * when the dev server is restarted. NEWSDESK_BUILD_TIME still wins, to preview a site "as of"
 * some moment.
 */
export function chooseBuildTime({ fixed, preview, processStart: started, now }: ClockSources): Date {
  if (fixed !== undefined) return parseBuildTime(fixed);
  return preview ? now() : started;
}

/** The build's "now", for every module that decides what is published. */
export function buildTime(): Date {
  return chooseBuildTime({
    fixed: process.env[BUILD_TIME_VARIABLE],
    preview: process.env.NODE_ENV === 'development',
    processStart,
    now: () => new Date(),
  });
}
