// The production build served on localhost and a headless Debian Chromium, shared by the browser benchmarks.
//
// The server is a small static one that gzips every file once, up front, and serves it from memory, as
// a production host does (precompressed files, or its compression cache). `vite preview` gzips each
// response on the fly in the same Node process, which on a 2-core machine competes with the browser for
// the CPU, and penalises a page in proportion to how many files it asks for, not what the page does.
// The atlas and the bare d3-geo baseline are served by the same server.
import { createServer, type Server } from 'node:http';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { launch } from '../test/browser/browser';

/**
 * How many times slower than this machine the "slower laptop" rows run Chromium's CPU (DevTools' CPU
 * throttling, Emulation.setCPUThrottlingRate); CPU_SLOWDOWN sets another. 4×: the district profile's
 * total blocking time from each task's CPU time × 4 on this machine (380–500 ms) matched what a slower
 * 2-core machine measured unthrottled (425–672 ms), both before the profile's long tasks were split.
 */
export const SLOWDOWN = Number(process.env.CPU_SLOWDOWN ?? 4);

export interface BenchSession {
  base: string;
  browser: Browser;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.png': 'image/png',
  '.map': 'application/json',
};

interface Entry {
  type: string;
  raw: Buffer;
  gzip: Buffer | null;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Every file under `root`, keyed by URL path, with its gzipped form for text types. */
export function loadStaticFiles(root: string): Map<string, Entry> {
  const files = new Map<string, Entry>();
  for (const file of walk(root)) {
    const raw = readFileSync(file);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const compressible = !type.startsWith('image/png') && type !== 'application/octet-stream';
    files.set(`/${relative(root, file).split('\\').join('/')}`, {
      type,
      raw,
      gzip: compressible ? gzipSync(raw) : null,
    });
  }
  return files;
}

export function staticServer(root = 'dist'): Promise<{ server: Server; base: string }> {
  const files = loadStaticFiles(root);
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const entry = files.get(path);
    if (!entry) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end(`Not found: ${path}`);
      return;
    }
    const gzip = entry.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? entry.gzip! : entry.raw;
    res.writeHead(200, {
      'Content-Type': entry.type,
      'Content-Length': body.length,
      'Cache-Control': 'no-cache',
      ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, base: `http://127.0.0.1:${port}/` });
    }),
  );
}

/** `root`: the built app to serve (a trace tool's unminified build may sit beside the benchmarks' dist/). */
export async function serveAndLaunch(root = process.env.SERVE_ROOT ?? 'dist'): Promise<BenchSession> {
  const { server, base } = await staticServer(root);
  // The same Chromium and flags as the browser tests.
  const browser = await launch();
  return {
    base,
    browser,
    async close() {
      await browser.close();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}

/** Builds the bare d3-geo page (bench/baseline) into dist/bench-baseline, the first map's and TBT's baseline. */
export async function buildBaseline(): Promise<void> {
  await build({
    root: 'bench/baseline',
    base: './',
    logLevel: 'warn',
    publicDir: false,
    build: { outDir: '../../dist/bench-baseline', emptyOutDir: true },
  });
}
