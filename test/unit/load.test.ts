import { describe, expect, it } from 'vitest';
import {
  adoptEarly,
  DataLoadError,
  loadManifest,
  loadDatasetCube,
  loadDatasetCubeFirst,
  loadDatasetCubeYears,
  loadDatasetText,
  prefetch,
  validateManifest,
} from '../../src/lib/data/load';
import type { DatasetMeta } from '../../src/lib/data/types';
import { buildCube, valueAt } from '../../src/lib/data/cube';
import { cubeToJson } from '../../src/lib/data/cube-json';
import { cubeOfYears } from '../../src/lib/data/cube-years';
import { row } from './fixtures-audit';

const okManifest = {
  default: 'a',
  datasets: [{ id: 'a', title: 'A', file: 'a.csv', measure: 'Jobs', unit: 'jobs' }],
};

function fakeFetch(responses: Record<string, () => Response | Promise<Response>>) {
  const calls: string[] = [];
  const f = (async (url: string) => {
    calls.push(url);
    const file = url.split('/').pop()!;
    const r = responses[file];
    if (!r) return new Response('missing', { status: 404, statusText: 'Not Found' });
    return r();
  }) as unknown as typeof fetch;
  return { f, calls };
}

describe('validateManifest', () => {
  it('accepts a manifest with datasets and a default among them', () => {
    expect(validateManifest(okManifest).default).toBe('a');
  });
  it.each([
    [null, /does not list any datasets/],
    [{ datasets: [] }, /does not list any datasets/],
    [
      { default: 'a', datasets: [{ id: 'a', title: 'A', file: '', measure: 'm', unit: 'u' }] },
      /dataset 1 has no "file"/,
    ],
    [{ default: 'zzz', datasets: okManifest.datasets }, /default dataset "zzz" is not in its list/],
  ])('rejects %j', (json, message) => {
    expect(() => validateManifest(json)).toThrow(message);
  });
});

describe('loading files', () => {
  it('names the file and the HTTP status when a file is missing', async () => {
    const { f } = fakeFetch({});
    await expect(loadManifest(f)).rejects.toThrow('Could not load datasets.json: the server answered 404 Not Found');
  });
  it('names the file when the network fails', async () => {
    const f = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    const err = await loadManifest(f).catch((e) => e);
    expect(err).toBeInstanceOf(DataLoadError);
    expect(err.message).toBe('Could not load datasets.json: the network request failed (Failed to fetch)');
  });
  it('says when the manifest is not JSON', async () => {
    const { f } = fakeFetch({ 'datasets.json': () => new Response('<html>') });
    await expect(loadManifest(f)).rejects.toThrow('Could not load datasets.json: it is not valid JSON');
  });
  it('uses a prefetched file once, then fetches again (so "Try again" really retries)', async () => {
    let n = 0;
    const { f, calls } = fakeFetch({ 'p.csv': () => new Response(`v${++n}`) });
    prefetch(['p.csv'], f);
    const meta = { file: 'p.csv' } as DatasetMeta;
    expect(await loadDatasetText(meta, f)).toBe('v1');
    expect(await loadDatasetText(meta, f)).toBe('v2');
    expect(calls).toHaveLength(2);
  });
  it('falls back to a fresh request when the prefetch failed', async () => {
    let fail = true;
    const { f } = fakeFetch({
      'q.csv': () => (fail ? new Response('down', { status: 503 }) : new Response('ok')),
    });
    prefetch(['q.csv'], f);
    await Promise.resolve();
    fail = false;
    expect(await loadDatasetText({ file: 'q.csv' } as DatasetMeta, f)).toBe('ok');
  });
  it('uses JSON index.html fetched and parsed, once, and prefetch does not repeat it', async () => {
    const fresh = { ...okManifest, default: 'b', datasets: [{ ...okManifest.datasets[0], id: 'b' }] };
    const { f, calls } = fakeFetch({ 'datasets.json': () => new Response(JSON.stringify(fresh)) });
    adoptEarly({ 'datasets.json': Promise.resolve(okManifest) });
    prefetch(['datasets.json'], f);
    expect(calls).toHaveLength(0);
    expect((await loadManifest(f)).default).toBe('a');
    expect((await loadManifest(f)).default).toBe('b'); // "Try again" really fetches
    expect(calls).toHaveLength(1);
  });
  it('fetches again, and reports its own error, when an early request failed', async () => {
    const { f, calls } = fakeFetch({});
    adoptEarly({ 'datasets.json': Promise.reject(new SyntaxError('Unexpected token <')) });
    await expect(loadManifest(f)).rejects.toThrow('Could not load datasets.json: the server answered 404 Not Found');
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatch(/data\/datasets\.json$/);
  });
  it('reports a file that is not JSON when fetched again after an early failure', async () => {
    const { f } = fakeFetch({ 'datasets.json': () => new Response('<html>') });
    adoptEarly({ 'datasets.json': Promise.reject(new SyntaxError('Unexpected token <')) });
    await expect(loadManifest(f)).rejects.toThrow('Could not load datasets.json: it is not valid JSON');
  });
  it('ignores a missing or malformed early list', () => {
    expect(() => adoptEarly(undefined)).not.toThrow();
    expect(() => adoptEarly({ 'x.csv': 'not a promise' as unknown as Promise<string> })).not.toThrow();
  });
});

describe('index.html', () => {
  it('starts fetching the files the first view needs: the default dataset, as the app and the data build name it', async () => {
    const { readFileSync, existsSync } = await import('node:fs');
    const { DEFAULT_STATE } = await import('../../src/lib/state/app-state');
    const html = readFileSync('index.html', 'utf8');
    const fallback = /var fallback = '([a-z0-9-]+)';/.exec(html)?.[1];
    expect(fallback).toBe(DEFAULT_STATE.dataset);
    for (const file of ['datasets.json', 'boundaries.topo.json', 'lad-lep-lookup.json'])
      expect(html).toContain(`get('${file}')`);
    expect(html).toContain(`get(fallback + '.cube.json')`);
    // Any other dataset's cube as the list names it: a split cube's first part (cube-years.ts).
    expect(html).toContain('get(d.cubeSplit ? d.cubeSplit.head : d.cube)');
    if (existsSync('public/data/datasets.json')) {
      const manifest = JSON.parse(readFileSync('public/data/datasets.json', 'utf8'));
      expect(manifest.default).toBe(fallback);
      expect(manifest.topology.file).toBe('boundaries.topo.json');
      expect(manifest.lookup.file).toBe('lad-lep-lookup.json');
      const def = manifest.datasets.find((d: { id: string }) => d.id === fallback);
      expect(def.cube).toBe(`${fallback}.cube.json`);
      expect(def.cubeSplit).toBeUndefined(); // index.html fetches its one file before the list arrives
    }
  });
});

describe('a cube split by year', () => {
  const whole = buildCube(
    ['2020', '2021', '2022'].flatMap((y, k) => [row('E37000001', 'M', y, 10 + k), row('E37000002', 'M', y, 20 + k)]),
  );
  const json = (years: string[]) => () => new Response(JSON.stringify(cubeToJson(cubeOfYears(whole, years))));
  const meta = {
    id: 'g',
    file: 'g.csv',
    cube: 'g.cube.json',
    years: ['2020', '2021', '2022'],
    cubeSplit: { head: 'g.cube.head.json', headYears: ['2020', '2022'], rest: 'g.cube.rest.json' },
  } as DatasetMeta & { cube: string };
  const files = { 'g.cube.head.json': json(['2020', '2022']), 'g.cube.rest.json': json(['2021']) };

  it('gives the first view its years from the first part, then every year, never fetching the whole file', async () => {
    const { f, calls } = fakeFetch(files);
    const { first, full } = loadDatasetCubeFirst(meta, ['2022', '2020'], f);
    const part = await first;
    expect(part.pending).toEqual(['2021']);
    expect(valueAt(part, 'E37000002', 'M', '2022')).toBe(22);
    expect(valueAt(part, 'E37000002', 'M', '2021')).toBeNaN();
    expect(await full).toEqual(whole);
    expect(calls.map((c) => c.split('/').pop())).toEqual(['g.cube.head.json', 'g.cube.rest.json']);
  });

  it('loads every year at once when the first view shows a year the first part lacks', async () => {
    const { f } = fakeFetch(files);
    const { first, full } = loadDatasetCubeFirst(meta, ['2021', '2020'], f);
    expect(first).toBe(full);
    expect(await first).toEqual(whole);
    expect(await loadDatasetCube(meta, f)).toEqual(whole);
  });

  it('uses the whole file when index.html has already fetched it', async () => {
    const { f, calls } = fakeFetch(files);
    adoptEarly({ 'g.cube.json': Promise.resolve(cubeToJson(whole)) });
    expect(await loadDatasetCubeFirst(meta, ['2022', '2020'], f).first).toEqual(whole);
    expect(calls).toHaveLength(0);
  });

  it('gives a view that reads only the first part’s years those years alone, from that part', async () => {
    const { f, calls } = fakeFetch(files);
    const part = await loadDatasetCubeYears(meta, ['2020', '2022'], f);
    expect(part.years).toEqual(['2020', '2022']);
    expect(part.pending).toBeUndefined();
    expect(valueAt(part, 'E37000002', 'M', '2022')).toBe(22);
    expect(calls.map((c) => c.split('/').pop())).toEqual(['g.cube.head.json']);
    // A year the first part lacks: every year.
    expect(await loadDatasetCubeYears(meta, ['2021'], fakeFetch(files).f)).toEqual(whole);
    // A first part that lacks a year the list says it has is named.
    const { f: f2 } = fakeFetch({ ...files, 'g.cube.head.json': json(['2020']) });
    await expect(loadDatasetCubeYears(meta, ['2022'], f2)).rejects.toThrow(
      'Could not load g.cube.head.json: it lacks the years 2022',
    );
  });

  it('names the part that lacks a year the list promises', async () => {
    const { f } = fakeFetch({ ...files, 'g.cube.rest.json': json(['2020']) });
    await expect(loadDatasetCube(meta, f)).rejects.toThrow(
      'Could not load g.cube.head.json: two parts of the cube both have year 2020',
    );
    const { f: f2 } = fakeFetch({ 'g.cube.head.json': json(['2020', '2022']), 'g.cube.rest.json': json([]) });
    await expect(loadDatasetCube(meta, f2)).rejects.toThrow('Could not load g.cube.rest.json: it lacks the years 2021');
  });
});
