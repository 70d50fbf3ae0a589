/**
 * One share-card worker (scripts/cards/draw-pool.ts starts one per core): draws each card it is
 * sent, through the card cache, writes it where the site serves it, and answers the card's number.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { SOCIAL_CARD_SIZE, SocialCard } from '@/components/og/social-card';
import { cachedCard } from '@/lib/og-cache';
import { drawImage } from '@/lib/og-image';
import type { DrawRequest, DrawResult } from './draw-pool';

const port = parentPort!;

port.on('message', async ({ index, job, target }: DrawRequest) => {
  let result: DrawResult;
  try {
    const png = await cachedCard(job.card, () => drawImage(<SocialCard {...job.card} />, SOCIAL_CARD_SIZE), job.source);
    if (target) {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, png);
    }
    result = { index };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // The cache's errors already name the content file; a failure to write does not.
    result = { index, failure: message.startsWith(`${job.source}:`) ? message : `${job.source}: its share card could not be written: ${message}` };
  }
  port.postMessage(result);
});
