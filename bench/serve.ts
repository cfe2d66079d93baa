// The production build served on localhost and a headless Debian Chromium, shared by the browser benchmarks.
import { preview } from 'vite';
import { chromium, type Browser } from 'playwright-core';

export interface BenchSession {
  base: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function serveAndLaunch(): Promise<BenchSession> {
  const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  const base = server.resolvedUrls!.local[0];
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  return {
    base,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
