// The institutions behind a research view, as a CSV: rows largest FTE first, head office placed, the
// head-office caveat in the notes. A two-institution fixture worked by hand.
import { describe, expect, it } from 'vitest';
import { tableCsv, type CsvHeaderInfo } from '../../src/lib/export/csv-download';
import { institutionFigures } from '../../src/lib/research/institution-symbols';
import { areaInstitutionsShare, institutionsTable } from '../../src/lib/research/institutions-csv';
import type { DatasetMeta } from '../../src/lib/data/types';
import type { InstitutionRecord } from '../../src/lib/research/science-base';

const header: CsvHeaderInfo = {
  title: 'Engineering, LEPs, 2021',
  measure: 'Staff submitted (FTE)',
  unit: 'FTE',
  filters: [['Sector', 'Engineering']],
  source: 'REF 2021',
  release: '2022',
  licence: 'public sector information',
  attribution: ['REF 2021, UK higher education funding bodies'],
  downloaded: '2026-12-01',
  notes: ['A dataset caveat'],
};
const inst = (ukprn: string, name: string, uoas: InstitutionRecord['uoas'], leps: string[]): InstitutionRecord => ({
  ukprn,
  name,
  lon: 0,
  lat: 52,
  district: `D${ukprn}`,
  leps,
  fte: 0,
  fourStarFte: 0,
  pct4: 0,
  gpa: 0,
  uoas,
});
// A: Engineering 10 FTE at 40% 4* (4 4* FTE), GPA 3.2; plus Physics 5 FTE (left out of Engineering).
// B: Engineering 30 FTE, 6 4* FTE (20%), GPA 2.9; its district is shared by two LEPs.
const institutions = [
  inst(
    '1',
    'Alpha University',
    [
      { uoa: 12, fte: 10, fourStarFte: 4, pct4: 40, gpa: 3.2 },
      { uoa: 9, fte: 5, fourStarFte: 1, pct4: 20, gpa: 3 },
    ],
    ['L1'],
  ),
  inst('2', 'Beta College', [{ uoa: 12, fte: 30, fourStarFte: 6, pct4: 20, gpa: 2.9 }], ['L1', 'L2']),
];
const names = { district: (c: string) => `District ${c}`, lep: (c: string) => `LEP ${c}` };

describe('institutionsTable', () => {
  const t = institutionsTable(header, institutionFigures(institutions, new Set([12])), 'Engineering', names);
  it('lists each institution in the subject, largest FTE first, with its head office district and LEPs', () => {
    expect(t.headers).toEqual([
      'ukprn',
      'institution',
      'district_code',
      'district_name',
      'lep_names',
      'subject',
      'fte',
      'four_star_fte',
      'percent_4star',
      'gpa',
    ]);
    expect(t.rows).toEqual([
      ['2', 'Beta College', 'D2', 'District D2', 'LEP L1; LEP L2', 'Engineering', 30, 6, 20, 2.9],
      ['1', 'Alpha University', 'D1', 'District D1', 'LEP L1', 'Engineering', 10, 4, 40, 3.2],
    ]);
  });
  it('says in its notes where institutions are counted, keeping the dataset caveats once', () => {
    expect(t.info.title).toBe('Institutions behind the figures: Engineering, LEPs, 2021');
    expect(t.info.notes![0]).toBe('A dataset caveat');
    expect(t.info.notes!.filter((n) => /counted at its head office/.test(n))).toHaveLength(1);
    const again = institutionsTable({ ...header, notes: t.info.notes }, [], 'Engineering', names);
    expect(again.info.notes).toEqual(t.info.notes);
    expect(tableCsv(again)).toBe(
      '\uFEFFukprn,institution,district_code,district_name,lep_names,subject,fte,four_star_fte,percent_4star,gpa\r\n',
    );
  });
});

describe('areaInstitutionsShare', () => {
  it("shares a profile's institutions table as its CSV, with no image, named by area and subject", () => {
    const meta = { measure: 'Staff submitted (FTE)', unit: 'FTE' } as DatasetMeta;
    const figures = institutionFigures(institutions, new Set([12]));
    const spec = areaInstitutionsShare(meta, { name: 'Shire', code: 'E37000099' }, 'Engineering', figures, names);
    expect(spec.image).toBe(false);
    expect(spec.fileParts).toEqual(['REF 2021 institutions', 'Shire', 'Engineering']);
    expect(spec.filters[0]).toEqual(['Area', 'Shire (E37000099)']);
    expect(spec.viewCsv(header).rows.map((r) => r[1])).toEqual(['Beta College', 'Alpha University']);
  });
});
