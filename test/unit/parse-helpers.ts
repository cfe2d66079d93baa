// What the parser tests share: a canonical CSV from data lines, and checks on a ParseResult's problems
// and counts.
import { expect } from 'vitest';
import type { ParseResult, Problem, ProblemCode } from '../../src/lib/data/types';

export const HEADER = 'area_code,area_name,sector_code,sector_name,year,value,flag,ci95';

/** A canonical CSV from data lines (header added). */
export const csv = (...lines: string[]) => [HEADER, ...lines].join('\n') + '\n';

export const withCode = (r: ParseResult, code: ProblemCode) => r.problems.filter((p) => p.code === code);
export const errors = (r: ParseResult) => r.problems.filter((p) => p.severity === 'error');

/** The result has exactly one problem with this code, and it is this one. */
export function expectOne(
  r: ParseResult,
  code: ProblemCode,
  want: Omit<Problem, 'code' | 'message'>,
  message?: string,
): Problem {
  const found = withCode(r, code);
  expect(found).toHaveLength(1);
  expect({ severity: found[0].severity, row: found[0].row, column: found[0].column }).toEqual(want);
  if (message !== undefined) expect(found[0].message).toBe(message);
  return found[0];
}

export function expectStats(r: ParseResult, read: number, accepted: number, rejected: number) {
  expect(r.stats).toEqual({ read, accepted, rejected });
  expect(r.rows).toHaveLength(accepted);
}
