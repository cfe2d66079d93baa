// The layers stay layers: no module of the app imports itself back through others (an import cycle
// makes load order matter and the parts impossible to test alone), and the pure modules in src/lib
// never import a component. Read from the source text, static imports and re-exports only: a dynamic
// import() loads later, on demand, so it cannot take part in a load-order cycle.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(__dirname, '../../src');
const EXTENSIONS = ['', '.ts', '.svelte', '.svelte.ts', '/index.ts'];

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : /\.(ts|svelte)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** The modules one file imports statically (relative specifiers resolved to files; packages left out). */
export function staticImports(file: string, text: string): string[] {
  const out: string[] = [];
  const re = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm;
  for (const m of text.matchAll(re)) {
    const base = path.resolve(path.dirname(file), m[1]);
    const hit = EXTENSIONS.map((x) => base + x).find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
    if (hit) out.push(hit);
  }
  return out;
}

/** Every cycle's modules (strongly connected components of more than one module, or importing itself). */
export function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

const rel = (f: string) => path.relative(SRC, f);
const graph = new Map(files(SRC).map((f) => [f, staticImports(f, fs.readFileSync(f, 'utf8'))]));

describe('the import graph', () => {
  it('finds a cycle when there is one (the check can fail)', () => {
    const g = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(cycles(g)).toEqual([['a', 'b', 'c']]);
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
    ).toEqual([]);
  });

  it('reads what the app imports: the map view imports its choropleth', () => {
    const mapView = path.join(SRC, 'components/MapView.svelte');
    expect(graph.get(mapView)?.map(rel)).toContain('components/ChoroplethMap.svelte');
  });

  it('has no import cycle in src', () => {
    expect(cycles(graph).map((c) => c.map(rel))).toEqual([]);
  });

  it('keeps src/lib free of components', () => {
    const up = [...graph].flatMap(([f, deps]) =>
      rel(f).startsWith('lib/')
        ? deps.filter((d) => rel(d).startsWith('components/')).map((d) => `${rel(f)} → ${rel(d)}`)
        : [],
    );
    expect(up).toEqual([]);
  });
});
