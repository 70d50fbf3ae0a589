/**
 * Writes every article's share card (the PNG its og:image names, /articles/<slug>/social-card.png)
 * into the exported site after `next build`. The cards used to be a Next route, one of every three
 * pages Next rendered; here they are drawn on a worker per core, and only when the card cache
 * (lib/og-cache.ts) has never seen the same card: a card already drawn is copied. Which articles
 * get cards is decided by the build's clock (lib/build-clock.ts), as for the pages.
 *
 * Usage: tsx scripts/build-cards.ts [OUTPUT_DIR] [--threads N]   (default: out, one thread per core)
 * Only cards missing from OUTPUT_DIR are written: the build runs it on a staging folder that holds
 * nothing but this build's export and the files carried over from out/.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentFileOf } from '../lib/content/content-file-error';
import { getArticleAuthors, getArticles, type Article } from '../lib/content/queries';
import { cardCacheFile } from '../lib/og-cache';
import { type CardJob, type CardSubject, planSocialCards } from '../lib/social-cards';
import { siteConfig } from '../site.config';
import { drawInWorkers } from './cards/draw-pool';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { threads: { type: 'string' } } });
const outArgument = positionals[0] ?? 'out';
const outDir = resolve(outArgument);
const threads = values.threads ? Number(values.threads) : availableParallelism();
if (!Number.isInteger(threads) || threads < 1) {
  console.error('Usage: tsx scripts/build-cards.ts [OUTPUT_DIR] [--threads N]   (N: a whole number of threads, at least 1)');
  process.exit(1);
}

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
function copyCached(jobs: CardJob[]): { toDraw: CardJob[]; carried: number } {
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

try {
  const started = performance.now();
  const jobs = planSocialCards(getArticles().map(subjectOf), siteConfig.name);
  const { toDraw, carried } = copyCached(jobs);
  await drawInWorkers(toDraw, outDir, threads);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const cached = jobs.length - toDraw.length - carried;
  console.log(`Share cards: ${jobs.length} in ${outArgument}/ (${toDraw.length} drawn, ${cached} from the cache, ${carried} carried over) in ${seconds} s`);
} catch (error) {
  // The message names the content file; the cause's stack is for whoever fixes the code.
  console.error(error instanceof Error ? error.message : error);
  console.error('\nShare cards step failed: fix the file named above and build again.');
  process.exitCode = 1;
}
