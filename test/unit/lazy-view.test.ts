import { describe, expect, it } from 'vitest';
import { lazyModule } from '../../src/lib/views/lazy-view';

describe('lazyModule', () => {
  it('loads once and hands every caller the same promise', async () => {
    let calls = 0;
    const get = lazyModule(async () => ++calls);
    const a = get();
    const b = get();
    expect(a).toBe(b);
    expect(await a).toBe(1);
    expect(await get()).toBe(1);
    expect(calls).toBe(1);
  });

  it('forgets a failed load, so the next call fetches again', async () => {
    let calls = 0;
    const get = lazyModule(async () => {
      calls++;
      if (calls === 1) throw new Error('offline');
      return 'module';
    });
    await expect(get()).rejects.toThrow('offline');
    expect(await get()).toBe('module');
    expect(calls).toBe(2);
  });
});
