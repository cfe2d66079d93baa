// Geography level of an area, read from its ONS GSS code.
// A GSS code is one letter (the nation) and eight digits; the first three characters name the
// entity type (E92 = country England, E37 = LEP, E06/E07/E08/E09 = English districts …).
import type { AreaLevel } from './types';

const GSS = /^[A-Z]\d{8}$/;

const LEVEL_BY_PREFIX: Readonly<Record<string, AreaLevel>> = {
  E92: 'country', // England
  K02: 'country', // United Kingdom
  K03: 'country', // Great Britain
  K04: 'country', // England and Wales
  E37: 'lep', // Local Enterprise Partnership
  E06: 'lad', // unitary authority
  E07: 'lad', // non-metropolitan district
  E08: 'lad', // metropolitan district
  E09: 'lad', // London borough
  W06: 'lad', // Welsh unitary authority
  S12: 'lad', // Scottish council area
  N09: 'lad', // Northern Irish local government district
};

/** Level of an area from its GSS code; 'other' for any code that is not one we know (a user's own codes). */
export function areaLevel(code: string): AreaLevel {
  const c = code.trim().toUpperCase();
  if (!GSS.test(c)) return 'other';
  return LEVEL_BY_PREFIX[c.slice(0, 3)] ?? 'other';
}
