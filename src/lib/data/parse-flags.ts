// Flag cells of an audit CSV: canonical flag names, Nomis status letters, and the value markers
// (see parse-numbers) that a loosely read, hand-mapped file may put in its flag column.

import { VALUE_MARKERS } from './parse-numbers';
import { FLAG_CODE, type Flag } from './types';

/** Flag names accepted in a canonical `flag` column (any case). */
const FLAG_NAMES: ReadonlyMap<string, Flag> = new Map(
  (['suppressed', 'unreliable', 'missing', 'rounded'] as const).map((f) => [f, f]),
);

/**
 * Nomis OBS_STATUS values: A is a normal value; Q and M are SDMX's "suppressed" and "missing";
 * the value markers (!, ~, -, *, .., :, x, c) mean what they mean in a value cell.
 */
const NOMIS_STATUS: ReadonlyMap<string, Flag | null> = new Map<string, Flag | null>([
  ['A', null],
  ['a', null],
  ['Q', 'suppressed'],
  ['q', 'suppressed'],
  ['M', 'missing'],
  ['m', 'missing'],
  ...VALUE_MARKERS,
]);

/** Flag cells in a hand-mapped file: flag names, value markers or Nomis status letters. */
const LOOSE_FLAGS: ReadonlyMap<string, Flag | null> = new Map<string, Flag | null>([...NOMIS_STATUS, ...FLAG_NAMES]);

/**
 * The FLAG_CODE of a flag cell (0 = no flag), or −1 for one we do not recognise. Nomis files and
 * hand-mapped ones are lenient (status letters and markers); canonical files take flag names only.
 */
export function flagCodeOf(cell: string, nomis: boolean, loose: boolean): number {
  if (nomis || loose) {
    const f = nomis ? NOMIS_STATUS.get(cell) : (LOOSE_FLAGS.get(cell) ?? LOOSE_FLAGS.get(cell.toLowerCase()));
    return f === undefined ? -1 : f === null ? 0 : FLAG_CODE[f];
  }
  const f = FLAG_NAMES.get(cell.toLowerCase());
  return f === undefined ? -1 : FLAG_CODE[f];
}
