import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { contentFileOf } from '../../lib/content/content-file-error';
import { getArticleAuthors, getArticles, type Article } from '../../lib/content/queries';
import { cardCacheFile } from '../../lib/og-cache';
import { type CardJob, type CardSubject, planSocialCards } from '../../lib/social-cards';
import { siteConfig } from '../../site.config';
import { drawInWorkers } from './draw-pool';

const subjectOf = (article: Article): CardSubject => ({
  slug: article.slug,
  contentFile: contentFileOf(article),
  title: article.title,
  date: article.date,
  sentiment: article.sentiment,
  authorNames: getArticleAuthors(article).map((author) => author.name),
});

/**
 * Cards already in the folder were carried over unchanged from out/ by an incremental build's merge
 * step (scripts/build/merge-export.ts), as hard links: they are left alone, since writing one would
 * write into the published site. The rest are copied when some earlier build drew the same card,
 * and returned when they are still to draw.
 */
function copyCached(jobs: CardJob[], outDir: string): { toDraw: CardJob[]; carried: number } {
  let carried = 0;
  const toDraw = jobs.filter((job) => {
    const target = join(outDir, job.file);
    if (existsSync(target)) {
      carried += 1;
      return false;
    }
    const cached = cardCacheFile(job.card);
    if (!existsSync(cached)) return true;
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(cached, target);
    return false;
  });
  return { toDraw, carried };
}

/**
 * Draws into the card cache every card it lacks that `planned` keeps, writing nothing into a site:
 * the build runs this beside the Next step, whose compile leaves a core idle, so the share cards
 * step after the merge only copies. Returns how many it drew.
 */
export async function fillCardCache(planned: (job: CardJob) => boolean, threads: number): Promise<number> {
  const jobs = planSocialCards(getArticles().map(subjectOf), siteConfig.name).filter((job) => planned(job) && !existsSync(cardCacheFile(job.card)));
  await drawInWorkers(jobs, undefined, threads);
  return jobs.length;
}

/** Writes the cards missing from `outDir`, and says how many there are and where each came from. */
export async function writeCards(outDir: string, threads: number) {
  const jobs = planSocialCards(getArticles().map(subjectOf), siteConfig.name);
  const { toDraw, carried } = copyCached(jobs, outDir);
  await drawInWorkers(toDraw, outDir, threads);
  return { total: jobs.length, drawn: toDraw.length, cached: jobs.length - toDraw.length - carried, carried };
}
