// The code-system recogniser (issue 14, item 4): every system it names, against a small hand-made
// reference, and the real LEP code history read by the data build.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  codeSystemOf,
  mapSentence,
  recogniseCodes,
  referenceFromLookup,
  type CodeReference,
} from '../../src/lib/import/code-systems';
import { readLepHistory } from '../../scripts/lib/lep-history';
import { runImport } from '../../src/lib/import/pipeline';
import { detectImport } from '../../src/lib/import/detect';
import { planFromDetection } from '../../src/lib/import/convert';
import { sourceDir, SOURCE_FILES } from '../../scripts/lib/sources';

const REF: CodeReference = {
  leps: { E37000001: 'Black Country', E37000043: 'Buckinghamshire', E37000051: 'London' },
  lads: ['E06000001', 'E07000026', 'E07000028', 'E07000029', 'E09000001'],
  lad23: { replaces: { E06000063: ['E07000026', 'E07000028', 'E07000029'] }, names: { E06000063: 'Cumberland' } },
  lepHistory: [
    { code: 'E37000001', name: 'Black Country', from: null, to: null, live: true },
    { code: 'E37000043', name: 'Buckinghamshire', from: '2021-04-01', to: null, live: true },
    { code: 'E37000051', name: 'London', from: '2020-04-01', to: null, live: true },
    { code: 'E37000043', name: 'Buckinghamshire Thames Valley', from: '2020-04-01', to: '2020-04-01', live: false },
    { code: 'E37000023', name: 'London', from: null, to: '2017-04-01', live: false },
    { code: 'E37000018', name: 'Humber', from: null, to: '2017-04-01', live: false },
  ],
};

describe('codeSystemOf: each system named', () => {
  it.each([
    ['TLC', 'itl1'],
    ['TLC1', 'itl2'],
    ['TLC11', 'itl3'],
    ['TLI31', 'itl3'],
    ['UKC', 'nuts1'],
    ['UKC1', 'nuts2'],
    ['UKI31', 'nuts3'],
    ['E00000001', 'oa'],
    ['E01000001', 'lsoa'],
    ['W01000001', 'lsoa'],
    ['E02000001', 'msoa'],
    ['E05000026', 'ward'],
    ['S13002516', 'ward'],
    ['E10000002', 'county'],
    ['E11000001', 'county'],
    ['E13000001', 'county'],
    ['E12000001', 'region'],
    ['E92000001', 'national'],
    ['K02000001', 'national'],
    ['W92000004', 'country'],
    ['K04000001', 'country'],
    ['E37000001', 'lep-2021'],
    ['E37000043', 'lep-2021'], // re-used: the 2021 code of Buckinghamshire
    ['E37000023', 'lep-earlier'],
    ['E37000099', 'lep-earlier'],
    ['E06000001', 'lad-2021'],
    ['E09000001', 'lad-2021'],
    ['E07000026', 'lad-2021'], // merged in 2023, but the file draws on the 2021 districts
    ['E06000063', 'lad-2023'],
    ['E07000004', 'lad-other-year'], // Aylesbury Vale, merged into Buckinghamshire in 2020
    ['E06000028', 'lad-other-year'], // Bournemouth, before 2019
    ['W06000001', 'lad-outside-england'],
    ['S12000033', 'lad-outside-england'],
    ['N09000001', 'lad-outside-england'],
    ['E14000530', 'ons-other'],
    ['E47000001', 'ons-other'],
    ['X1', 'unrecognised'],
    ['Hartlepool', 'unrecognised'],
    ['TLC111', 'unrecognised'],
    ['E3700001', 'unrecognised'],
  ])('%s is %s', (code, system) => {
    expect(codeSystemOf(code, REF)).toBe(system);
  });

  it('a 2021 district merged in April 2023 does not draw when the file is on the 2023 districts', () => {
    expect(codeSystemOf('E07000026', REF, 'lad23')).toBe('lad-merged-2023');
    expect(codeSystemOf('E06000001', REF, 'lad23')).toBe('lad-2021');
  });
});

describe('recogniseCodes', () => {
  const area = (code: string, name = code) => ({ code, name });

  it('a 2017 LEP file: the unchanged code draws as its 2021 LEP, the changed ones are named and do not draw', () => {
    const r = recogniseCodes(
      [area('E37000001', 'Black Country'), area('E37000023', 'London'), area('E37000018', 'Humber LEP')],
      REF,
    );
    expect(r.groups.map((g) => [g.system, g.count, g.draws])).toEqual([
      ['lep-2021', 1, true],
      ['lep-earlier', 2, false],
    ]);
    expect(r.groups[0].label).toBe('LEP codes unchanged since before 2021');
    expect(r.groups[1].examples).toEqual([
      {
        code: 'E37000023',
        name: 'London',
        note: 'code retired April 2017; the May 2021 LEP of that name is E37000051',
      },
      { code: 'E37000018', name: 'Humber LEP', note: 'ONS name Humber; code retired April 2017' },
    ]);
    expect(r.groups[1].sentence).toMatch(/^Not drawn: ONS gives a LEP a new code when its boundary changes/);
    expect([...r.drawn]).toEqual(['E37000001']);
    expect(r.notDrawn).toBe(2);
    expect(mapSentence(r)).toBe(
      '1 of the 3 areas in this file draws on the map; 2 do not: 2 LEP codes of earlier years. They still appear in charts and tables.',
    );
  });

  it('ITL3, NUTS2 and England: names each system and counts, England is a national row', () => {
    const r = recogniseCodes(
      [area('E92000001', 'England'), area('TLC11'), area('TLC12'), area('TLC13'), area('UKC1'), area('UKC2')],
      REF,
    );
    expect(r.groups.map((g) => [g.system, g.count, g.draws])).toEqual([
      ['national', 1, false],
      ['itl3', 3, false],
      ['nuts2', 2, false],
    ]);
    expect(r.groups[1].label).toBe('ITL3 areas (International Territorial Levels, codes like TLC11)');
    expect(r.groups[1].sentence).toBe(
      'Not drawn: the atlas has boundaries only for LEPs (May 2021) and local authority districts, not for ITL areas.',
    );
    expect(r.notDrawn).toBe(5);
    expect(r.drawn.has('E92000001')).toBe(true);
    expect(mapSentence(r)).toBe(
      'None of the 5 areas in this file (besides the national row) can be drawn on the map: 3 ITL3 areas and 2 NUTS2 areas. They still appear in charts and tables.',
    );
    expect(mapSentence(recogniseCodes([area('E12000001')], REF))).toBe(
      'The area in this file cannot be drawn on the map: 1 region. It still appears in charts and tables.',
    );
  });

  it('2023 unitary codes put the file on the April 2023 districts; 2021 districts merged then do not draw', () => {
    const r = recogniseCodes([area('E06000001'), area('E06000063', 'Cumberland'), area('E07000026', 'Allerdale')], REF);
    expect(r.districts).toBe('lad23');
    expect(r.groups.map((g) => [g.system, g.count, g.draws])).toEqual([
      ['lad-2021', 1, true],
      ['lad-2023', 1, true],
      ['lad-merged-2023', 1, false],
    ]);
    expect(r.groups[0].label).toBe('Local authority districts (April 2023)');
    expect(r.groups[2].examples).toEqual([
      { code: 'E07000026', name: 'Allerdale', note: 'now part of Cumberland (E06000063)' },
    ]);
  });

  it('district codes of other years, small areas, wards, counties, regions, other countries and unknown codes', () => {
    const r = recogniseCodes(
      [
        'E07000004',
        'E02000001',
        'E02000002',
        'E01000001',
        'E00000001',
        'E05000026',
        'E10000002',
        'E12000001',
        'W92000004',
        'W06000001',
        'E14000530',
        'X1',
      ].map((c) => area(c)),
      REF,
    );
    expect(r.groups.map((g) => [g.system, g.count])).toEqual([
      ['lad-other-year', 1],
      ['lad-outside-england', 1],
      ['region', 1],
      ['county', 1],
      ['ward', 1],
      ['msoa', 2],
      ['lsoa', 1],
      ['oa', 1],
      ['country', 1],
      ['ons-other', 1],
      ['unrecognised', 1],
    ]);
    expect(r.groups.every((g) => !g.draws)).toBe(true);
    expect(r.groups.find((g) => g.system === 'ons-other')!.label).toBe(
      'Other ONS codes: Westminster parliamentary constituencies (E14…)',
    );
    expect(r.groups.find((g) => g.system === 'lad-other-year')!.sentence).toMatch(
      /not among the districts of December 2021 or April 2023/,
    );
    expect(r.notDrawn).toBe(12);
  });

  it('caps examples, but counts every code', () => {
    const many = Array.from({ length: 30 }, (_, i) => area(`E02${String(i).padStart(6, '0')}`));
    const g = recogniseCodes(many, REF, { maxExamples: 5 }).groups[0];
    expect([g.system, g.count, g.examples.length]).toEqual(['msoa', 30, 5]);
  });

  it('a file of May 2021 LEPs and districts draws whole', () => {
    const r = recogniseCodes([area('E37000001'), area('E06000001'), area('E92000001')], REF);
    expect(r.notDrawn).toBe(0);
    expect(r.groups[0].label).toBe('LEPs (May 2021)');
    expect(mapSentence(r)).toBe('Every area in this file has a boundary on the map.');
  });
});

describe('referenceFromLookup and the real LEP code history', () => {
  it('takes the LEPs, districts, 2023 changes and history from the lookup file', () => {
    const ref = referenceFromLookup({
      ladToLep: { E06000001: ['E37000034'] },
      lepToLads: { E37000034: ['E06000001'] },
      names: { E37000034: 'Tees Valley' },
    });
    expect(ref).toEqual({ leps: { E37000034: 'Tees Valley' }, lads: ['E06000001'], lad23: null, lepHistory: [] });
  });

  const file = path.join(sourceDir(), SOURCE_FILES.lepHistory);
  it.skipIf(!fs.existsSync(file))(
    'every retired code of the real history is named and not drawn; every live one draws',
    () => {
      const text = fs.readFileSync(file, 'utf8');
      const liveCodes = new Map<string, string>();
      for (const line of text.split(/\r?\n/).slice(1)) {
        const m = /^(E37\d{6}),(?:"[^"]*"|[^,]*),.*,live$/.exec(line);
        if (m) liveCodes.set(m[1], m[1]);
      }
      const history = readLepHistory(text, SOURCE_FILES.lepHistory, liveCodes);
      expect(history.length).toBe(63); // as the source README says: 63 rows, 38 live
      expect(history.filter((h) => h.live).length).toBe(38);
      const ref: CodeReference = {
        leps: Object.fromEntries(history.filter((h) => h.live).map((h) => [h.code, h.name])),
        lads: [],
        lepHistory: history,
      };
      const codes = [...new Set(history.map((h) => h.code))];
      const r = recogniseCodes(
        codes.map((c) => ({ code: c, name: '' })),
        ref,
      );
      const live = r.groups.find((g) => g.system === 'lep-2021')!;
      const earlier = r.groups.find((g) => g.system === 'lep-earlier')!;
      expect(live.count).toBe(38);
      // 63 rows, two codes (E37000043, E37000058) both retired and re-used: 23 codes retired for good.
      expect(earlier.count).toBe(23);
      const london = earlier.examples.find((e) => e.code === 'E37000023')!;
      expect(london.note).toBe('ONS name London; code retired April 2017; the May 2021 LEP of that name is E37000051');
    },
  );
});

describe('the import report names the code systems', () => {
  it('a file of ITL3 codes, a 2017 LEP code and a district: counts by system, and which areas do not draw', () => {
    const text = [
      'area_code,area_name,sector_code,sector_name,year,value',
      'TLC11,Hartlepool and Stockton-on-Tees,C,Manufacturing,2021,10',
      'TLC12,South Teesside,C,Manufacturing,2021,20',
      'E37000023,London,C,Manufacturing,2021,30',
      'E06000001,Hartlepool,C,Manufacturing,2021,40',
    ].join('\n');
    const { report } = runImport(text, planFromDetection(detectImport(text)), { reference: REF });
    expect(report.codeSystems.map((g) => [g.system, g.count, g.draws])).toEqual([
      ['lad-2021', 1, true],
      ['lep-earlier', 1, false],
      ['itl3', 2, false],
    ]);
    expect(report.unmatchedAreaCount).toBe(3);
    expect(report.unmatchedAreas.map((a) => a.code).sort()).toEqual(['E37000023', 'TLC11', 'TLC12']);
    expect(report.unmatchedSentence).toBe(
      '1 of the 4 areas in this file draws on the map; 3 do not: 1 LEP code of an earlier year and 2 ITL3 areas. They still appear in charts and tables.',
    );
  });

  it('the data build refuses a history whose live code has no May 2021 boundary', () => {
    const text =
      'local_enterprise_partnership_code,local_enterprise_partnership_name,date_of_introduction,date_of_termination,status\nE37000099,Nowhere,,,live\n';
    expect(() => readLepHistory(text, 'h.csv', new Map([['E37000001', 'Black Country']]))).toThrow(
      /live LEP E37000099 is not in the LEP boundary file/,
    );
  });
});
