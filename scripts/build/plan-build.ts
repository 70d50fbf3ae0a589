/**
 * The build-plan step, run after the content compile: fingerprints every modelled page of this
 * build (lib/build-plan/page-prints.ts), compares them and the code with the state the last
 * published build kept, and writes the plan the Next step renders by (NEWSDESK_BUILD_PLAN) and the
 * merge step lays out. The state it would keep goes into the plan file, and is kept only once this
 * build is published.
 *
 * Usage: tsx scripts/build/plan-build.ts [--full]
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pageFingerprints } from '../../lib/build-plan/page-prints';
import { mainExportFile } from '../../lib/build-plan/paths';
import { planBuild, stateOf } from '../../lib/build-plan/plan';
import type { PlanFile } from '../../lib/build-plan/planned-params';
import { buildTime } from '../../lib/build-clock';
import { publicFileBytes } from '../../lib/content/folders';
import { getArticles, getArticlesShownOn, getAuthor, getAuthors, getFrontPage, getListings, getTag, getTags } from '../../lib/content/queries';
import { feedFiles, feedSources } from '../../lib/feeds/catalog';
import { tagSlug } from '../../lib/tags';
import { articleBodyPrint, getMethodologyPath, getOtherPages, getVerdictsBy } from '../../lib/content/trust-queries';
import { everyListingPage, pageSegments } from '../../lib/pagination';
import { articlePath, socialCardPath } from '../../lib/urls';
import { siteConfig } from '../../site.config';
import { writeFileAtomically } from '../../lib/write-atomically';
import { FEEDS_DIR, outIdentity, PLAN_FILE, readBuildState } from './build-state';
import { codeFingerprint } from './code-print';

const root = process.cwd();
const perPage = siteConfig.articlesPerPage;

const pages = pageFingerprints({
  articles: getArticles(),
  authorsBySlug: new Map(getAuthors().map((author) => [author.slug, author])),
  tagsBySlug: new Map(getTags().map((tag) => [tag.slug, tag])),
  listings: getListings(),
  // As lib/content/listing.ts cuts a listing for its route (lib/pagination.ts).
  listingPages: (listing) => everyListingPage(listing.articles, perPage, listing.layout).map((page) => ({ segments: pageSegments(page.id), page })),
  listingExtras: ({ subject }) => {
    if (subject.kind === 'home') return getFrontPage();
    // An author's page links their beats to tag pages and lists the verdicts they signed.
    // An author's page lists the verdicts they signed, and links their beats to tag pages that exist.
    if (subject.kind === 'author')
      return { verdicts: getVerdictsBy(subject.author.slug), beats: (subject.author.beats ?? []).map((beat) => getTag(tagSlug(beat))?.name) };
    return undefined;
  },
  bodyPrint: articleBodyPrint,
  shownOn: getArticlesShownOn,
  articlePath,
  socialCardPath,
  siteWide: { footer: getOtherPages().map(({ slug, title }) => ({ slug, title })), methodology: getMethodologyPath() },
  feeds: feedFiles(feedSources(getListings(), siteConfig.feedItems)),
  feedChannel: { publisher: getAuthor(siteConfig.publisherAuthor), now: buildTime().toISOString() },
  imageBytes: (article) => (article.image ? publicFileBytes(article.image) : undefined),
});

const out = join(root, 'out');
const code = codeFingerprint(root, siteConfig);
const plan = planBuild({
  pages,
  code,
  previous: readBuildState(root),
  inOut: (page) => existsSync(join(out, mainExportFile(page))),
  outIdentity: outIdentity(root),
  forceFull: process.argv.includes('--full'),
});
const planFile: PlanFile = { plan, state: stateOf(pages, code) };
// The feeds step writes this build's feeds here, for the merge step: nothing a failed build left may be merged.
rmSync(join(root, FEEDS_DIR), { recursive: true, force: true });
writeFileAtomically(join(root, PLAN_FILE), JSON.stringify(planFile));

console.log(
  plan.kind === 'full'
    ? `Plan: full build (${plan.reason}), ${pages.size} modelled pages.`
    : `Plan: incremental: ${plan.render.length} of ${pages.size} modelled pages to render, ${plan.carry.length} kept from out/, ${plan.remove.length} to delete; unmodelled pages are always rendered.`,
);
