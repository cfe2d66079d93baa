// When a deferred value catches up (lib/state/catch-up.ts): a stand-in browser records what was asked.
import { describe, expect, it } from 'vitest';
import { scheduleCatchUp, type CatchUpHost } from '../../src/lib/state/catch-up';

function fakeHost(idle = true) {
  const log: string[] = [];
  const frames = new Map<number, () => void>();
  const timers = new Map<number, () => void>();
  const idles = new Map<number, () => void>();
  let id = 0;
  const host: CatchUpHost = {
    requestAnimationFrame: (f) => (frames.set(++id, f), id),
    cancelAnimationFrame: (i) => (log.push(`cancel frame ${i}`), frames.delete(i)),
    setTimeout: (f, ms = 0) => (log.push(`timeout ${ms}`), timers.set(++id, f), id),
    clearTimeout: (i) => (log.push(`clear timeout ${String(i)}`), timers.delete(i as number)),
    ...(idle
      ? {
          requestIdleCallback: (f: () => void, o?: { timeout: number }) => (
            log.push(`idle within ${o?.timeout}`),
            idles.set(++id, f),
            id
          ),
          cancelIdleCallback: (i: number) => (log.push(`cancel idle ${i}`), idles.delete(i)),
        }
      : {}),
  };
  const run = (m: Map<number, () => void>) => {
    const fs = [...m.values()];
    m.clear();
    for (const f of fs) f();
  };
  return { host, log, frames: () => run(frames), timers: () => run(timers), idle: () => run(idles) };
}

describe('scheduleCatchUp', () => {
  it('near the screen: in a task after the next frame, not in idle time', () => {
    const b = fakeHost();
    let applied = 0;
    scheduleCatchUp(true, () => applied++, b.host);
    b.idle();
    b.timers();
    expect(applied).toBe(0);
    b.frames();
    expect(b.log).toEqual(['timeout 0']);
    b.timers();
    expect(applied).toBe(1);
  });
  it('off screen: in idle time, within 300 ms, and no frame is asked for', () => {
    const b = fakeHost();
    let applied = 0;
    scheduleCatchUp(false, () => applied++, b.host);
    b.frames();
    b.timers();
    expect(applied).toBe(0);
    expect(b.log).toEqual(['idle within 300']);
    b.idle();
    expect(applied).toBe(1);
  });
  it('off screen without idle callbacks: after a timeout of 300 ms', () => {
    const b = fakeHost(false);
    let applied = 0;
    scheduleCatchUp(false, () => applied++, b.host);
    expect(b.log).toEqual(['timeout 300']);
    b.timers();
    expect(applied).toBe(1);
  });
  it('cancelled, it never applies: before the frame, between the frame and its task, or while idle waits', () => {
    for (const step of ['before', 'between', 'idle'] as const) {
      const b = fakeHost();
      let applied = 0;
      const cancel = scheduleCatchUp(step !== 'idle', () => applied++, b.host);
      if (step === 'between') b.frames();
      cancel();
      b.frames();
      b.timers();
      b.idle();
      expect(applied, step).toBe(0);
    }
  });
});
