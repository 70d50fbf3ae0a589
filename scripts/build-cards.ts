/**
 * Writes every article's share card (the PNG its og:image names, /articles/<slug>/social-card.png)
 * into the exported site after `next build`. The cards used to be a Next route, one of every three
 * pages Next rendered; here they are drawn on a worker per core, and only when the card cache
 * (lib/og-cache.ts) has never seen the same card: a card already drawn is copied. Which articles
 * get cards is decided by the build's clock (lib/build-clock.ts), as for the pages.
 *
 * Usage: tsx scripts/build-cards.ts [OUTPUT_DIR] [--threads N] [--plan FILE]   (default: out, one thread per core)
 * Only cards missing from OUTPUT_DIR are written: the build runs it on a staging folder that holds
 * nothing but this build's export and the files carried over from out/.
 *        tsx scripts/build-cards.ts --cache-only --plan FILE
 * Draws the cards the plan renders into the card cache only, writing no site: the build runs this
 * beside the Next step, so that the run on the staging folder copies them.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readPlanFile } from '../lib/build-plan/planned-params';
import { SOCIAL_CARD_FILE } from '../lib/urls';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { threads: { type: 'string' }, plan: { type: 'string' }, 'cache-only': { type: 'boolean' } },
});
const outArgument = positionals[0] ?? 'out';
const threads = values.threads ? Number(values.threads) : availableParallelism();
if (!Number.isInteger(threads) || threads < 1) {
  console.error('Usage: tsx scripts/build-cards.ts [OUTPUT_DIR] [--threads N] [--plan FILE]   (N: a whole number of threads, at least 1)');
  process.exit(1);
}

/**
 * Whether the build plan (--plan, the running build's plan file) is incremental and renders no card:
 * then the merge step carried every card over from out/, and there is nothing to draw or copy.
 */
function noCardPlanned(planFile: string | undefined): boolean {
  if (!planFile) return false;
  const { plan } = readPlanFile(planFile);
  return plan.kind === 'partial' && !plan.render.some((page) => page.endsWith(`/${SOCIAL_CARD_FILE}`));
}

/** With --cache-only: every card the plan renders (a full plan: every card), drawn into the cache. */
async function fillCache(planFile: string) {
  const { fillCardCache } = await import('./cards/write-cards');
  const { plan } = readPlanFile(planFile);
  const rendered = new Set(plan.kind === 'partial' ? plan.render : []);
  const drawn = await fillCardCache((job) => plan.kind === 'full' || rendered.has(`/${job.file}`), threads);
  return `${drawn} drawn into the card cache`;
}

async function writeSiteCards() {
  const { writeCards } = await import('./cards/write-cards');
  const { total, drawn, cached, carried } = await writeCards(resolve(outArgument), threads);
  return `${total} in ${outArgument}/ (${drawn} drawn, ${cached} from the cache, ${carried} carried over)`;
}

if (values['cache-only'] && !values.plan) {
  console.error('Usage: tsx scripts/build-cards.ts --cache-only --plan FILE   (--cache-only draws the cards a build plan renders)');
  process.exitCode = 1;
} else if (noCardPlanned(values.plan)) {
  console.log('Share cards: the build plan changes none; every card was carried over from out/.');
} else {
  try {
    // Loaded only when there are cards to write: the catalog and the drawing code take a second to load.
    const started = performance.now();
    const done = values['cache-only'] ? await fillCache(values.plan!) : await writeSiteCards();
    console.log(`Share cards: ${done} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    // The message names the content file; the cause's stack is for whoever fixes the code.
    console.error(error instanceof Error ? error.message : error);
    console.error('\nShare cards step failed: fix the file named above and build again.');
    process.exitCode = 1;
  }
}
