/** One Lighthouse run of one page with Lighthouse's defaults (mobile), in Debian's Chromium or Playwright's. */
import { chromium } from '@playwright/test';
import { launch } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { CLOSED_NETWORK_FLAGS, systemChromium } from '../support/chromium';

const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', ...CLOSED_NETWORK_FLAGS];

/** A fresh browser for every run, so no run inherits another's cache. */
export async function audit(url: string, categories: readonly string[]): Promise<Result> {
  const chrome = await launch({ chromePath: systemChromium ?? chromium.executablePath(), chromeFlags: CHROME_FLAGS });
  try {
    const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: [...categories] });
    if (!result) throw new Error(`Lighthouse returned no report for ${url}`);
    return result.lhr;
  } finally {
    chrome.kill();
  }
}
