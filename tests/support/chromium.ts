import { existsSync } from 'node:fs';

/*
 * Browser downloads are blocked on our build machines, so the tests drive Debian's Chromium
 * when it is installed; on a laptop with Playwright's own browser, that one is used instead.
 * CHROMIUM_PATH overrides both.
 */
export const systemChromium = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** Without these, Chromium keeps trying to reach Google's services, which a closed network refuses. */
export const CLOSED_NETWORK_FLAGS = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
