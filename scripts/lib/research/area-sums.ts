// Sums of placed items per area: each counts in its district, every LEP it is in, and England.

import { ENGLAND_CODE } from '../geo.ts';
import type { Placement } from './places.ts';

export const round = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;

/** Sums per area code: each placed item counts in its district, every LEP it is in, and England. */
export class AreaSums {
  readonly sums = new Map<string, number[]>();
  constructor(private readonly width: number) {}
  add(p: Placement, i: number, v: number): void {
    if (!p.english) return;
    for (const code of [ENGLAND_CODE, p.district, ...p.leps]) {
      let row = this.sums.get(code);
      if (!row) this.sums.set(code, (row = new Array(this.width).fill(0)));
      row[i] += v;
    }
  }
  get(code: string, i: number): number {
    return this.sums.get(code)?.[i] ?? 0;
  }
}
