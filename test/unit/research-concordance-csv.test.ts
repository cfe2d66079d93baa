// The concordance as a download: every link in order, its industry named, a subject serving no one
// industry left with empty industry cells (never a made-up one), the source in the notes.
import { describe, expect, it } from 'vitest';
import type { CsvHeaderInfo } from '../../src/lib/export/csv-download';
import { CONCORDANCE, CONCORDANCE_SOURCE } from '../../src/lib/research/concordance';
import { concordanceTable } from '../../src/lib/research/concordance-csv';

const header = {
  title: 'x',
  measure: 'x',
  unit: 'x',
  filters: [],
  source: 'REF 2021',
  release: '2022',
  licence: 'x',
  attribution: [],
  downloaded: '2026-12-01',
  notes: ['dataset caveat'],
} as CsvHeaderInfo;

describe('concordanceTable', () => {
  const t = concordanceTable(header, new Map([[1, 'Clinical Medicine']]));
  it('writes every link with its industry name, SIC divisions and reason', () => {
    expect(t.headers).toEqual(['uoa', 'uoa_name', 'industry_code', 'industry_name', 'sic_2007', 'reason']);
    expect(t.rows).toHaveLength(CONCORDANCE.length);
    expect(t.rows[0]).toEqual([
      1,
      'Clinical Medicine',
      '17',
      'Health',
      '86',
      'Clinical medicine is the research base of hospital and medical practice.',
    ]);
    // A UoA the names map lacks keeps an empty name, not a guess.
    expect(t.rows.at(-1)!.slice(0, 2)).toEqual([34, null]);
  });
  it('leaves the industry empty for a subject linked to none, and says where the concordance comes from', () => {
    const none = CONCORDANCE.findIndex((l) => l.industry === null);
    if (none >= 0) expect(t.rows[none].slice(2, 5)).toEqual([null, null, null]);
    expect(t.info.notes).toEqual([CONCORDANCE_SOURCE]);
  });
});
