// What an import tells the user: the rejected rows CSV and the report (counts, unmatched areas,
// negative values, benchmarks offered).
import { describe, expect, it } from 'vitest';
import { buildCube } from '../../src/lib/data/cube';
import { collectRecords, convertImport, rejectedRowNumbers, rejectedRowsCsv } from '../../src/lib/import/convert';
import { buildReport } from '../../src/lib/import/report';
import { rejectedCsvFor, runImport } from '../../src/lib/import/pipeline';
import { importText, planFromDetectionFields } from './import-helpers';

describe('rejected rows CSV', () => {
  it('lists each rejected row with its reasons and cells as written, neutralising formulas', () => {
    const text =
      'Area code,Area name,SIC,Industry,Year,Value\nE1,A,C,M,2021,1\nE2,=HYPERLINK("x"),C,M,2021,abc\nE3,B,C,M,1066x,2\n';
    const r = importText(text);
    const csv = rejectedRowsCsv(r.problems, collectRecords(text, rejectedRowNumbers(r.problems)));
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('row,reason,Area code,Area name,SIC,Industry,Year,Value');
    expect(lines[1]).toBe(
      '3,"Row 3, column ""Value"": ""abc"" is not a number.",E2,"\'=HYPERLINK(""x"")",C,M,2021,abc',
    );
    expect(lines[2]).toMatch(/^4,"Row 4, column ""Year"": ""1066x"" is not a year/);
    expect(lines).toHaveLength(3);
    expect(
      rejectedCsvFor(
        'area_code,area_name,sector_code,sector_name,year,value\nE1,A,C,M,2021,1\n',
        importText('area_code,area_name,sector_code,sector_name,year,value\nE1,A,C,M,2021,1\n'),
      ),
    ).toBeNull();
  });

  it('finds the right records after quoted line breaks and blank lines', () => {
    const text = 'h1,h2\n"a\nb",1\n\nc,2\n';
    expect([...collectRecords(text, [2, 4]).records]).toEqual([
      [2, ['a\nb', '1']],
      [4, ['c', '2']],
    ]);
  });
});

describe('buildReport', () => {
  const text =
    'Area code,Area name,SIC,Industry,Year,Value\n' +
    'E92000001,England,C,Manufacturing,2021,100\n' +
    'E06000001,Hartlepool,C,Manufacturing,2021,10\n' +
    'X1,My own area,C,Manufacturing,2021,5\n' +
    'X1,My own area,C,Manufacturing,2021,6\n' +
    'X1,My own area,D,Energy,2021,..\n' +
    'X2,Bad,C,Manufacturing,2021,zzz\n' +
    'X2,Bad,C,Manufacturing,2021,-5\n';

  it('counts, lists rejected rows and duplicates, unmatched areas, empty sectors, and offers England', () => {
    const { report } = runImport(text, planFromDetectionFields(text), {
      knownCodes: new Set(['E92000001', 'E06000001']),
      fileName: 'mine.csv',
    });
    // Counts (the default): "zzz" (row 7) is not a number and -5 (row 8) is a negative count, both rejected.
    expect(report.counts).toEqual({ read: 7, used: 4, rejected: 3, setAside: 0, warnings: 0, valuesPerRecord: 1 });
    expect(report.rejected.map((x) => [x.row, x.column])).toEqual([
      [5, null],
      [7, 'Value'],
      [8, 'Value'],
    ]);
    expect(report.duplicates.map((d) => [d.row, d.firstRow])).toEqual([[5, 4]]);
    expect(report.unmatchedAreas).toEqual([{ code: 'X1', name: 'My own area' }]);
    expect(report.sectorsWithNoData).toEqual([{ code: 'D', name: 'Energy' }]);
    expect(report.benchmark.suggested).toBe('E92000001');
    expect(report.benchmark.options).toEqual([{ code: 'E92000001', name: 'England' }]);
    expect(report.failed).toBe(false);
    expect(report.warnings).toEqual([]);
  });

  it('keeps a negative value of an indicator with a warning, and rejects it for a count', () => {
    const t = 'Area code,Area name,Year,Index\nE06000001,Hartlepool,2021,-2.5\nE06000002,Middlesbrough,2021,3\n';
    const plan = planFromDetectionFields(t);
    const asCount = convertImport(t, { ...plan, measureKind: 'count' });
    // As counts it needs a sector column, which it lacks: nothing is read, and the mapping says why.
    expect(asCount.rows).toEqual([]);
    expect(asCount.problems.map((p) => p.code)).toContain('missing-column');
    const asIndicator = convertImport(t, { ...plan, measureKind: 'indicator', measureName: 'Index' });
    expect(asIndicator.stats).toEqual({ read: 2, accepted: 2, rejected: 0 });
    expect(asIndicator.rows.map((r) => [r.areaCode, r.sectorCode, r.sectorName, r.year, r.value])).toEqual([
      ['E06000001', 'all', 'Index', '2021', -2.5],
      ['E06000002', 'all', 'Index', '2021', 3],
    ]);
    expect(asIndicator.problems.filter((p) => p.code === 'negative-value').map((p) => [p.severity, p.row])).toEqual([
      ['warning', 2],
    ]);
  });

  it('reads lower-case and space-padded area codes as ONS codes, and says so', () => {
    const t =
      'Area code,Area name,SIC,Industry,Year,Value\ne06000001,Hartlepool,C,M,2021,10\n E06000002 ,Middlesbrough,C,M,2021,20\n';
    const r = convertImport(t, planFromDetectionFields(t));
    expect(r.rows.map((x) => x.areaCode)).toEqual(['E06000001', 'E06000002']);
    const note = r.problems.find((p) => p.code === 'codes-normalised')!;
    expect(note.severity).toBe('info');
    expect(note.message).toBe(
      'Area codes normalised: 1 in lower case were read in capitals (e06000001 as E06000001); 1 had spaces around them, which were removed.',
    );
  });

  it('falls back to the sum of the loaded areas and says so', () => {
    const t = 'Area code,Area name,SIC,Industry,Year,Value\nE06000001,H,C,M,2021,1\nE06000002,M,C,M,2021,2\n';
    const r = convertImport(t, planFromDetectionFields(t));
    const report = buildReport(r, buildCube(r.rows));
    expect(report.benchmark.suggested).toBeNull();
    expect(report.benchmark.sentence).toBe(
      'Benchmark: the sum of the 2 areas loaded from this file, because it has no row for England or the UK. ' +
        'A location quotient of 1 means the same mix of sectors as these areas together, not as England.',
    );
  });

  it('offers the UK when the file has it', () => {
    const t =
      'Area code,Area name,SIC,Industry,Year,Value\nK02000001,United Kingdom,C,M,2021,1\nE06000002,M,C,M,2021,2\n';
    const { report } = runImport(t, planFromDetectionFields(t));
    expect(report.benchmark.suggested).toBe('K02000001');
  });
});
