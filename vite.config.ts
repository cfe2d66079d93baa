import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';

type Graph = { getModuleInfo(id: string): { importedIds: readonly string[] } | null };

/**
 * The modules src/main.ts imports statically (directly or not), worked out once per chunking pass.
 * Left to itself the bundler cuts them into one chunk per set of lazy imports that also use them —
 * 17 files for the first view — and a browser opens at most six connections to a host over HTTP/1.1,
 * so later files, and the first view's data behind them, queued. As one chunk (with the Svelte
 * runtime, which the lazy chunks then import from it) the first view is two files: entry and this.
 */
const passes = new WeakMap<Graph, Set<string>>();
const ENTRY = resolve('src/main.ts');
function firstView(id: string, graph: Graph): string | null {
  let set = passes.get(graph);
  if (!set) {
    set = new Set();
    const stack = [ENTRY];
    while (stack.length > 0) {
      const m = stack.pop()!;
      if (set.has(m)) continue;
      set.add(m);
      stack.push(...(graph.getModuleInfo(m)?.importedIds ?? []));
    }
    set.delete(ENTRY); // the entry chunk stays its own, so index.html names it as before
    passes.set(graph, set);
  }
  return set.has(id) ? 'app' : null;
}

export default defineConfig({
  plugins: [svelte()],
  // Relative base so a build can be served from any folder (GitHub Pages, an intranet share).
  base: './',
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: firstView, debugName: 'first view' }] } } },
  },
});
