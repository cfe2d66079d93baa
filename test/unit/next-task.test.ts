import { describe, expect, it } from 'vitest';
import { nextFrameTask, nextTask, stepThrough, type TaskHost } from '../../src/lib/state/next-task';

const noTimer: TaskHost['setTimeout'] = () => {
  throw new Error('setTimeout should not be used');
};

describe('nextTask', () => {
  it('uses scheduler.yield when the browser has it, called on the scheduler', async () => {
    const calls: unknown[] = [];
    const scheduler = {
      yield(this: unknown) {
        calls.push(this);
        return Promise.resolve();
      },
    };
    await nextTask({ scheduler, MessageChannel, setTimeout: noTimer });
    expect(calls).toEqual([scheduler]);
  });

  it('falls back to a MessageChannel message, resolving only after the current task', async () => {
    const order: string[] = [];
    const done = nextTask({ MessageChannel, setTimeout: noTimer }).then(() => order.push('yielded'));
    // A microtask queued after the call still runs first: the message is a task of its own.
    await Promise.resolve();
    order.push('microtask');
    await done;
    expect(order).toEqual(['microtask', 'yielded']);
  });

  it('falls back to setTimeout(…, 0) with neither', async () => {
    const delays: (number | undefined)[] = [];
    await nextTask({
      setTimeout: (f, ms) => {
        delays.push(ms);
        f();
      },
    });
    expect(delays).toEqual([0]);
  });
});

describe('nextFrameTask', () => {
  it('waits for the next frame, then a new task after it', async () => {
    const order: string[] = [];
    let frame: (() => void) | undefined;
    const done = nextFrameTask({
      requestAnimationFrame: (f) => (frame = f),
      document: { visibilityState: 'visible' },
      MessageChannel,
      setTimeout: noTimer,
    }).then(() => order.push('resolved'));
    await new Promise((r) => setTimeout(r, 0));
    expect(order).toEqual([]);
    frame!();
    order.push('frame');
    await done;
    expect(order).toEqual(['frame', 'resolved']);
  });

  it('is nextTask on a hidden page, which renders no frames', async () => {
    const raf = () => {
      throw new Error('requestAnimationFrame should not be used');
    };
    await nextFrameTask({
      requestAnimationFrame: raf,
      document: { visibilityState: 'hidden' },
      MessageChannel,
      setTimeout: noTimer,
    });
  });
});

describe('stepThrough', () => {
  /** A pause that resolves when the test says so, to see what runs between pauses. */
  function manualPause() {
    const waiting: (() => void)[] = [];
    return {
      pause: () => new Promise<void>((r) => waiting.push(r)),
      async release() {
        waiting.shift()!();
        // Let the stepping loop run up to its next pause.
        for (let i = 0; i < 5; i++) await Promise.resolve();
      },
    };
  }

  it('runs steps 2, 3, 4 in order, one per pause, none before the first pause', async () => {
    const p = manualPause();
    const seen: number[] = [];
    stepThrough(2, 4, (k) => seen.push(k), p.pause);
    await Promise.resolve();
    expect(seen).toEqual([]);
    await p.release();
    expect(seen).toEqual([2]);
    await p.release();
    expect(seen).toEqual([2, 3]);
    await p.release();
    expect(seen).toEqual([2, 3, 4]);
  });

  it('runs no step once stopped, even one whose pause had already begun', async () => {
    const p = manualPause();
    const seen: number[] = [];
    const stop = stepThrough(1, 3, (k) => seen.push(k), p.pause);
    await p.release();
    stop();
    await p.release();
    expect(seen).toEqual([1]);
  });

  it('runs nothing when the range is empty', async () => {
    const seen: number[] = [];
    stepThrough(
      3,
      2,
      (k) => seen.push(k),
      () => Promise.resolve(),
    );
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(seen).toEqual([]);
  });
});
