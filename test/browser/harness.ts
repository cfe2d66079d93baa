// The one browser-test harness: `test` (alias `it`) gives each test an `app` that opens pages on the
// built app, each in a fresh browser context (its own storage, cookies and downloads: cheap, ~20 ms),
// and closes every one of them when the test ends, passed or failed. One Chromium serves the whole
// worker (the browser project runs its files one after another in one worker), so a file no longer
// pays for launching it.
import { inject, test as base } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launch, watchErrors } from './browser';

export { describe, expect } from 'vitest';

export type Viewport = { width: number; height: number };

export interface OpenOptions extends BrowserContextOptions {
  /**
   * What to wait for before handing the page over: 'map' (default) waits until the map has drawn,
   * 'none' returns as soon as the page has loaded, a string waits for that selector.
   */
  ready?: 'map' | 'none' | string;
  /** Runs in the page's context before it loads (e.g. `page.route`, `watchLayoutShift`). */
  before?: (page: Page) => Promise<unknown> | unknown;
}

export interface Opened {
  page: Page;
  /** Page errors and console errors, so a test can assert the page ran cleanly. */
  errors: string[];
}

export interface App {
  /** The built app's address with a query appended ('?view=profile', '' for the default view); a full URL stays as it is. */
  url(query?: string): string;
  /** Opens a fresh page on the app at a query, in its own context, and waits until it is ready. */
  open(query?: string, options?: OpenOptions): Promise<Opened>;
  /** A fresh context, closed with the test (for tests that drive pages themselves). */
  context(options?: BrowserContextOptions): Promise<BrowserContext>;
}

export const DEFAULT_VIEWPORT: Viewport = { width: 1280, height: 800 };

export const test = base.extend<{ $test: { app: App }; $worker: { browser: Browser } }>({
  browser: [
    async ({}, use) => {
      const browser = await launch();
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  app: async ({ browser }, use) => {
    const contexts: BrowserContext[] = [];
    const baseUrl = inject('baseUrl');
    const context = async (options: BrowserContextOptions = {}) => {
      const c = await browser.newContext({ viewport: DEFAULT_VIEWPORT, ...options });
      contexts.push(c);
      return c;
    };
    const url = (query = '') => (/^https?:/.test(query) ? query : baseUrl + query);
    const open = async (query = '', options: OpenOptions = {}): Promise<Opened> => {
      const { ready = 'map', before, ...contextOptions } = options;
      const page = await (await context(contextOptions)).newPage();
      const errors = watchErrors(page);
      await before?.(page);
      await page.goto(url(query));
      if (ready === 'map') await page.locator('path.area').first().waitFor();
      else if (ready !== 'none') await page.locator(ready).first().waitFor();
      return { page, errors };
    };
    try {
      await use({ url, open, context });
    } finally {
      // Closed whatever happened in the test, so a failure never leaks a page into the next one.
      await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
    }
  },
});

export const it = test;
