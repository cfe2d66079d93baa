// The one browser-test harness: `test` (alias `it`) gives each test an `app` that opens pages on the
// built app and hands every one of them back when the test ends, passed or failed. One Chromium serves
// the whole worker (the browser project runs its files one after another in one worker).
//
// Opening a fresh context and page costs ~0.5 s here and loading the app into it ~1 s more, which made
// page opens most of the suite's time. So `open` reuses warm pages: one shared context (no storage is
// used by the app, so none leaks), and a page handed back is reset to what a new page is — listeners,
// routes and emulated media removed, mouse at the corner, navigated to about:blank — before the next
// test gets it. Anything a shared page cannot give (a `before` hook that must run before the first
// load, other context options) gets a fresh context, as before; so does `app.context()`.
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
  /** Hands a page back before the test ends (for a test that opens many in turn). */
  done(page: Page): Promise<void>;
}

export const DEFAULT_VIEWPORT: Viewport = { width: 1280, height: 800 };

/** Context options a warm page can honour: the viewport is set per page, the rest hold for every test. */
const POOLABLE = new Set(['viewport', 'acceptDownloads', 'reducedMotion']);

/** Warm pages in one shared context, reset between tests. */
class PagePool {
  private context: Promise<BrowserContext> | undefined;
  private free: Page[] = [];

  constructor(private browser: Browser) {}

  canServe(options: OpenOptions): boolean {
    if (options.before) return false;
    const { ready: _ready, before: _before, ...rest } = options;
    return Object.entries(rest).every(([k, v]) => POOLABLE.has(k) && (k !== 'acceptDownloads' || v === true));
  }

  private shared(): Promise<BrowserContext> {
    this.context ??= this.browser.newContext({ viewport: DEFAULT_VIEWPORT, acceptDownloads: true }).then((c) => {
      // A test may close its page's context: start a new one next time.
      c.on('close', () => {
        this.context = undefined;
        this.free = [];
      });
      return c;
    });
    return this.context;
  }

  async take(options: OpenOptions): Promise<Page> {
    let page = this.free.pop();
    while (page?.isClosed()) page = this.free.pop();
    page ??= await (await this.shared()).newPage();
    // An older page sits behind newer ones, and a background page gets no animation frames (the app
    // writes its URL and announcements a frame late): bring it to the front, as a new page would be.
    await page.bringToFront();
    await page.setViewportSize(options.viewport ?? DEFAULT_VIEWPORT);
    if (options.reducedMotion) await page.emulateMedia({ reducedMotion: options.reducedMotion });
    return page;
  }

  async give(page: Page): Promise<void> {
    if (page.isClosed()) return;
    try {
      page.removeAllListeners();
      await page.unrouteAll({ behavior: 'ignoreErrors' });
      await page.goto('about:blank');
      await page.emulateMedia({ media: null, reducedMotion: null, colorScheme: null, forcedColors: null });
      await page.mouse.move(0, 0);
      if (!this.free.includes(page)) this.free.push(page);
    } catch {
      await page.close().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    await (await this.context)?.close().catch(() => undefined);
  }
}

export const test = base.extend<{ $test: { app: App }; $worker: { browser: Browser; pool: PagePool } }>({
  browser: [
    async ({}, use) => {
      const browser = await launch();
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  pool: [
    async ({ browser }, use) => {
      const pool = new PagePool(browser);
      await use(pool);
      await pool.close();
    },
    { scope: 'worker' },
  ],
  app: async ({ browser, pool, task }, use) => {
    const contexts: BrowserContext[] = [];
    const pooled: Page[] = [];
    const baseUrl = inject('baseUrl');
    const context = async (options: BrowserContextOptions = {}) => {
      const c = await browser.newContext({ viewport: DEFAULT_VIEWPORT, ...options });
      contexts.push(c);
      return c;
    };
    const url = (query = '') => (/^https?:/.test(query) ? query : baseUrl + query);
    const open = async (query = '', options: OpenOptions = {}): Promise<Opened> => {
      const { ready = 'map', before, ...contextOptions } = options;
      let page: Page;
      if (pool.canServe(options)) {
        page = await pool.take(options);
        pooled.push(page);
      } else {
        page = await (await context(contextOptions)).newPage();
      }
      const errors = watchErrors(page);
      await before?.(page);
      await page.goto(url(query));
      if (ready === 'map') await page.locator('path.area').first().waitFor();
      else if (ready !== 'none') await page.locator(ready).first().waitFor();
      return { page, errors };
    };
    const done = async (page: Page) => {
      const i = pooled.indexOf(page);
      if (i >= 0) {
        pooled.splice(i, 1);
        await pool.give(page);
      } else await page.context().close();
    };
    try {
      await use({ url, open, context, done });
    } finally {
      // Handed back whatever happened in the test, so a failure never leaks a page into the next one; a
      // failed test's pages are closed instead, as one that timed out may still be driving them.
      const failed = task.result?.state === 'fail';
      await Promise.all([
        ...contexts.map((c) => c.close().catch(() => undefined)),
        ...pooled.map((p) => (failed ? p.close().catch(() => undefined) : pool.give(p))),
      ]);
    }
  },
});

export const it = test;
