import { describe, expect, it } from 'vitest';
import { ImportFlow } from '../../src/lib/import/import-flow.svelte';
import type { ImportPlan } from '../../src/lib/import/convert';
import type { Detection } from '../../src/lib/import/detect';
import type { CodeReference } from '../../src/lib/import/code-systems';
import type { ImportResult, ImportSession, StartOptions } from '../../src/lib/import/worker-client';

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}
const abort = () => Object.assign(new Error('The import was cancelled.'), { name: 'AbortError' });

/** A stand-in worker session: the test decides when detection and conversion answer. */
function fakeSession(name: string, answersWhenCancelled = false) {
  const detection = deferred<Detection>();
  const result = deferred<ImportResult>();
  const s = {
    name,
    cancelled: false,
    convertedWith: undefined as CodeReference | null | undefined,
    detection,
    result,
    session: {
      detection: detection.promise,
      convert: (_p: ImportPlan, reference: CodeReference | null) => {
        s.convertedWith = reference;
        return result.promise;
      },
      cancel: () => {
        s.cancelled = true;
        if (answersWhenCancelled) return;
        detection.reject(abort());
        result.reject(abort());
      },
    } satisfies ImportSession,
  };
  detection.promise.catch(() => {});
  result.promise.catch(() => {});
  return s;
}

function setup(
  reference: Promise<CodeReference | null> = Promise.resolve(null),
  referenceWaitMs = 15_000,
  answersWhenCancelled = false,
) {
  const sessions: ReturnType<typeof fakeSession>[] = [];
  let focused = 0;
  const flow = new ImportFlow({
    start: (src: Blob | string, _o: StartOptions) => {
      const s = fakeSession(String(src), answersWhenCancelled);
      sessions.push(s);
      return s.session;
    },
    codeReference: () => reference,
    referenceWaitMs,
    onStage: () => focused++,
  });
  return { flow, sessions, focused: () => focused };
}

const detection = { header: ['a'] } as unknown as Detection;
const plan = { format: 'canonical' } as unknown as ImportPlan;
const result = (tag: string) => ({ tag, rejectedCsv: Promise.resolve(null) }) as unknown as ImportResult;

describe('ImportFlow: the importer’s stages', () => {
  it('reading → plan when the layout is detected, focusing the new stage', async () => {
    const { flow, sessions, focused } = setup();
    const loading = flow.load('text one', 'one.csv');
    expect(flow.stage).toBe('reading');
    expect(flow.fileName).toBe('one.csv');
    sessions[0].detection.resolve(detection);
    await loading;
    expect(flow.stage).toBe('plan');
    expect(flow.detection).toBe(detection);
    expect(focused()).toBe(1);
  });

  it('a second file dropped while the first is read wins: the first is cancelled and its late answer ignored', async () => {
    const { flow, sessions } = setup();
    const first = flow.load('text one', 'one.csv');
    const second = flow.load('text two', 'two.csv');
    expect(sessions[0].cancelled).toBe(true);
    sessions[1].detection.resolve(detection);
    await Promise.all([first, second]);
    expect(flow.fileName).toBe('two.csv');
    expect(flow.stage).toBe('plan');
    expect(flow.failure).toBeNull(); // the first run's AbortError is not shown as a failure
  });

  it('an answer that arrives after its run was overtaken is dropped (the run token)', async () => {
    const { flow, sessions } = setup(undefined, undefined, true);
    const first = flow.load('text one', 'one.csv');
    const second = flow.load('text two', 'two.csv');
    const two = { header: ['two'] } as unknown as Detection;
    sessions[1].detection.resolve(two);
    await second;
    sessions[0].detection.resolve({ header: ['one'] } as unknown as Detection);
    await first;
    expect(flow.detection).toBe(two);
    expect(flow.fileName).toBe('two.csv');
  });

  it('a file that cannot be read goes back to choosing, saying why', async () => {
    const { flow, sessions } = setup();
    const loading = flow.load('x', 'x.csv');
    sessions[0].detection.reject(new Error('not text'));
    await loading;
    expect(flow.stage).toBe('choose');
    expect(flow.failure).toBe('The file could not be read: not text');
  });

  it('converting waits for the boundaries (a promise, not polling) and passes their reference on', async () => {
    const boundaries = deferred<CodeReference | null>();
    const { flow, sessions } = setup(boundaries.promise);
    const loading = flow.load('x', 'x.csv');
    sessions[0].detection.resolve(detection);
    await loading;
    const converting = flow.convert(plan);
    expect(flow.stage).toBe('converting');
    await Promise.resolve();
    expect(sessions[0].convertedWith).toBeUndefined(); // not before the boundaries answer
    const reference = { codes: 'x' } as unknown as CodeReference;
    boundaries.resolve(reference);
    await new Promise((r) => setTimeout(r, 0));
    expect(sessions[0].convertedWith).toBe(reference);
    const r = result('r');
    sessions[0].result.resolve(r);
    await converting;
    expect(flow.stage).toBe('report');
    expect(flow.result).toBe(r);
  });

  it('boundaries that never come are waited for only so long: the file converts without a reference', async () => {
    const { flow, sessions } = setup(new Promise(() => {}), 20);
    const loading = flow.load('x', 'x.csv');
    sessions[0].detection.resolve(detection);
    await loading;
    const converting = flow.convert(plan);
    sessions[0].result.resolve(result('r'));
    await converting;
    expect(sessions[0].convertedWith).toBeNull();
    expect(flow.stage).toBe('report');
  });

  it('cancel while converting goes back to the plan; cancel while reading goes back to choosing', async () => {
    const { flow, sessions } = setup();
    const loading = flow.load('x', 'x.csv');
    sessions[0].detection.resolve(detection);
    await loading;
    const converting = flow.convert(plan);
    flow.cancel();
    await converting;
    expect(flow.stage).toBe('plan');
    expect(flow.status).toBe('Import cancelled. Nothing was loaded.');
    expect(flow.failure).toBeNull();

    const again = flow.load('y', 'y.csv');
    flow.cancel();
    await again;
    expect(flow.stage).toBe('choose');
  });

  it('a second conversion (after going back to the plan) reads the file again in a fresh worker', async () => {
    const { flow, sessions } = setup();
    const loading = flow.load('x', 'x.csv');
    sessions[0].detection.resolve(detection);
    await loading;
    const c1 = flow.convert(plan);
    sessions[0].result.resolve(result('first'));
    await c1;
    flow.back();
    expect(flow.stage).toBe('plan');
    const c2 = flow.convert(plan);
    expect(sessions).toHaveLength(2);
    sessions[1].detection.resolve(detection);
    await new Promise((r) => setTimeout(r, 0));
    sessions[1].result.resolve(result('second'));
    await c2;
    expect((flow.result as unknown as { tag: string }).tag).toBe('second');
  });

  it('done clears everything and keeps the word that the data is in', async () => {
    const { flow, sessions } = setup();
    const loading = flow.load('x', 'x.csv');
    sessions[0].detection.resolve(detection);
    await loading;
    flow.done('“x” is now in the dataset list for this visit.');
    expect(flow.stage).toBe('choose');
    expect(flow.detection).toBeNull();
    expect(flow.status).toBe('“x” is now in the dataset list for this visit.');
    await flow.convert(plan); // nothing left to convert
    expect(sessions).toHaveLength(1);
  });
});
