/**
 * Screenshots of every page type, light and dark, phone and desktop, for reviewing the design
 * and for the README. Needs a built site (npm run build); writes to screenshots/ (git-ignored).
 *
 * Usage: tsx scripts/screenshots.ts
 */
import { existsSync, mkdirSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

const port = 4180;
const pages = {
  home: '/',
  article: '/articles/heatwave-pushes-grid-to-record-demand',
  'article-gfm': '/articles/fed-trims-rates-quarter-point',
  author: '/authors/maya-okafor',
  authors: '/authors',
  tag: '/tags/markets',
  tags: '/tags',
  sentiment: '/sentiment/negative',
  search: '/search?q=grid&sentiment=mixed',
  insights: '/insights',
  'not-found': '/no-such-page',
};
const viewports = { phone: { width: 375, height: 812 }, desktop: { width: 1280, height: 900 } };

const server = spawn('npx', ['serve', 'out', '--listen', String(port), '--no-clipboard'], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 1500));
mkdirSync('screenshots', { recursive: true });
const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const browser = await chromium.launch({ executablePath, args: ['--disable-background-networking'] });
try {
  for (const [name, path] of Object.entries(pages)) {
    for (const [device, viewport] of Object.entries(viewports)) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ viewport, colorScheme });
        const page = await context.newPage();
        await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'networkidle' });
        const file = `screenshots/${name}-${device}-${colorScheme}.png`;
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  server.kill();
}
