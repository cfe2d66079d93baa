import { describe, expect, it } from 'vitest';
import { assignChanged, changedKeys } from '../../src/lib/state/state-diff';

describe('changedKeys', () => {
  it('names only the fields whose values differ', () => {
    const prev = { sector: 'C', year: '2020', area: null, compare: ['a', 'b'], embed: false };
    const next = { sector: 'F', year: '2020', area: null, compare: ['a', 'b'], embed: false };
    expect(changedKeys(prev, next)).toEqual(['sector']);
  });

  it('compares arrays item by item: a new array with the same items is no change, another order is', () => {
    expect(changedKeys({ compare: ['a', 'b'] }, { compare: ['a', 'b'] })).toEqual([]);
    expect(changedKeys({ compare: ['a', 'b'] }, { compare: ['b', 'a'] })).toEqual(['compare']);
    expect(changedKeys({ compare: ['a'] }, { compare: ['a', 'b'] })).toEqual(['compare']);
    expect(changedKeys({ compare: [] as string[] }, { compare: [] as string[] })).toEqual([]);
  });

  it('tells null, undefined, false and a missing field apart', () => {
    const prev: Record<string, unknown> = { a: null, b: false, c: undefined, d: 1 };
    const next: Record<string, unknown> = { a: undefined, b: false, c: undefined, e: 1 };
    expect(changedKeys(prev, next).sort()).toEqual(['a', 'd', 'e']);
  });
});

describe('assignChanged', () => {
  it('writes only the changed fields, leaving unchanged arrays the same objects', () => {
    const compare = ['x'];
    const target: Record<string, unknown> = { sector: 'C', compare, gone: 1 };
    const writes: string[] = [];
    const watched = new Proxy(target, {
      set(t, k, v) {
        writes.push(String(k));
        t[k as string] = v;
        return true;
      },
    });
    assignChanged(watched, { sector: 'F', compare: ['x'], added: true });
    expect(writes.sort()).toEqual(['added', 'sector']);
    expect(target).toEqual({ sector: 'F', compare: ['x'], added: true });
    expect(target.compare).toBe(compare);
  });
});
