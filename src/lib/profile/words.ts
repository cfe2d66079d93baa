// Small helpers for sentences about numbers: lists, plurals, possessives, fractions in words.

/** "A", "A and B", "A, B and C" (no serial comma). */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const SMALL = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** 0…9 in words, larger numbers in digits. */
export function numberWord(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < SMALL.length ? SMALL[n] : String(n);
}

/** "1 sector", "3 sectors". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "Alpha LEP's", "Sum of 38 areas'". */
export function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}

/** "3 sectors have no figure and are left out." — '' for none. */
export function leftOut(n: number, what = 'no figure', one = 'sector'): string {
  if (!(n > 0)) return '';
  return `${plural(n, one)} ${n === 1 ? 'has' : 'have'} ${what} and ${n === 1 ? 'is' : 'are'} left out.`;
}

const FRACTIONS: [number, string][] = [
  [1 / 10, 'a tenth'],
  [1 / 5, 'a fifth'],
  [1 / 4, 'a quarter'],
  [1 / 3, 'a third'],
  [2 / 5, 'two fifths'],
  [1 / 2, 'half'],
  [3 / 5, 'three fifths'],
  [2 / 3, 'two thirds'],
  [3 / 4, 'three quarters'],
  [4 / 5, 'four fifths'],
  [9 / 10, 'nine tenths'],
];

/**
 * A fraction 0…1 in words for "… of jobs": "about a fifth" when within 0.02 of a familiar fraction,
 * else "about 29%"; "less than 1%" below 0.01 and "all or nearly all" from 0.99.
 */
export function fractionWords(v: number): string {
  if (v < 0.01) return 'less than 1%';
  if (v >= 0.99) return 'all or nearly all';
  let best: [number, string] | null = null;
  for (const f of FRACTIONS) if (!best || Math.abs(v - f[0]) < Math.abs(v - best[0])) best = f;
  if (best && Math.abs(v - best[0]) <= 0.02 + 1e-12) return `about ${best[1]}`;
  return `about ${Math.round(v * 100)}%`;
}
