import { describe, expect, it } from 'vitest';
import { attempt } from '../../src/lib/export/save-file';

describe('attempt', () => {
  it('reports a thrown error at once, and a rejection when it comes, by its message', async () => {
    const said: string[] = [];
    attempt(
      () => {
        throw new Error('no room');
      },
      (m) => said.push(m),
    );
    // Synchronous: the message is there before anything is awaited.
    expect(said).toEqual(['no room']);
    attempt(
      () => Promise.reject('blocked'),
      (m) => said.push(m),
    );
    expect(said).toEqual(['no room']);
    await Promise.resolve();
    await Promise.resolve();
    expect(said).toEqual(['no room', 'blocked']);
  });

  it('runs a synchronous action at once and says nothing when it works', async () => {
    const said: string[] = [];
    let ran = false;
    attempt(
      () => {
        ran = true;
      },
      (m) => said.push(m),
    );
    expect(ran).toBe(true);
    attempt(
      async () => {},
      (m) => said.push(m),
    );
    await Promise.resolve();
    expect(said).toEqual([]);
  });
});
