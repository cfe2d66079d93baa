// Placing institutions in districts and LEPs by point-in-polygon against the map's own boundary
// files, and the REF readers on small and malformed inputs.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGLISH_LAD_CODE, LEP_CODE, readBoundaries, readLookup, type AreaFeature } from '../../scripts/lib/geo';
import { PolygonIndex, placePoint, readInstitutionPoints } from '../../scripts/lib/research/places';
import { readRef2014, readRef2021Rows, REF2021_COLUMNS } from '../../scripts/lib/research/ref';
import { RESEARCH_FILES } from '../../scripts/lib/research/research-build';
import { normaliseInstitutionName } from '../../scripts/lib/research/ukri';
import { sourceDir, SOURCE_FILES } from '../../scripts/lib/sources';
import { sourceError } from './data-build-fixtures';

// Two square districts side by side, x 0–1 (E06000001) and 1–2 (E07000001), and one LEP over both.
// Rings clockwise in d3-geo's order (as the ONS files are).
const square = (code: string, x0: number): AreaFeature => ({
  type: 'Feature',
  id: code,
  properties: { code, name: code },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x0, 50],
        [x0, 51],
        [x0 + 1, 51],
        [x0 + 1, 50],
        [x0, 50],
      ],
    ],
  },
});
const fixtureDistricts = new PolygonIndex([square('E06000001', 0), square('E07000001', 1), square('W06000001', 2)]);
const fixtureLep: AreaFeature = {
  ...square('E37000001', 0),
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [0, 50],
        [0, 51],
        [2, 51],
        [2, 50],
        [0, 50],
      ],
    ],
  },
};
const fixtureLeps = new PolygonIndex([fixtureLep]);
const ladToLep = { E06000001: ['E37000001'], E07000001: ['E37000001'] };

describe('placePoint (fixture)', () => {
  it('places a point in its district and LEP', () => {
    expect(placePoint('A', 0.5, 50.5, fixtureDistricts, fixtureLeps, ladToLep, 'f')).toEqual({
      district: 'E06000001',
      leps: ['E37000001'],
      english: true,
    });
    expect(placePoint('B', 1.5, 50.5, fixtureDistricts, fixtureLeps, ladToLep, 'f').district).toBe('E07000001');
  });
  it('says a point in a Welsh district is outside England', () => {
    expect(placePoint('C', 2.5, 50.5, fixtureDistricts, fixtureLeps, ladToLep, 'f')).toEqual({
      district: 'W06000001',
      leps: [],
      english: false,
    });
  });
  it('fails naming the institution when its point is in no district', () => {
    const e = sourceError(() =>
      placePoint(
        'University of Nowhere (UKPRN 10000001)',
        5,
        50.5,
        fixtureDistricts,
        fixtureLeps,
        ladToLep,
        'research/x.csv',
      ),
    );
    expect(e.message).toMatch(
      /^research\/x\.csv: University of Nowhere \(UKPRN 10000001\) at longitude 5, latitude 50\.5 is in no district/,
    );
    expect(e.message).toMatch(/cannot be placed/);
  });
  it('fails when the point and the district → LEP lookup disagree', () => {
    const e = sourceError(() => placePoint('D', 0.5, 50.5, fixtureDistricts, new PolygonIndex([]), ladToLep, 'f'));
    expect(e.message).toMatch(/lookup puts in LEP E37000001, but its point is inside LEP none/);
  });
});

describe('readInstitutionPoints', () => {
  const reg = 'UKPRN,PROVIDER_NAME,POSTCODE,LONGITUDE,LATITUDE\n10000001,A,OX1 2JD,-1.26,51.75\n10000002,B,BT7 1NN,,\n';
  it('reads points and keeps the postcodes of providers without one', () => {
    const { points, postcodes } = readInstitutionPoints(
      { text: reg, file: 'reg.csv' },
      { text: 'UKPRN,institution,postcode,latitude,longitude\n10000003,C,L3 5QA,53.4,-2.97\n', file: 'sup.csv' },
    );
    expect([...points.keys()]).toEqual(['10000001', '10000003']);
    expect(points.get('10000003')).toMatchObject({ lon: -2.97, lat: 53.4, from: 'supplement' });
    expect(postcodes.get('10000002')).toBe('BT7 1NN');
  });
  it('rejects a supplement row for an institution the register already places', () => {
    const e = sourceError(() =>
      readInstitutionPoints(
        { text: reg, file: 'reg.csv' },
        { text: 'UKPRN,institution,postcode,latitude,longitude\n10000001,A,X,51,-1\n', file: 'sup.csv' },
      ),
    );
    expect(e.message).toBe(
      'sup.csv, row 2, column "UKPRN": UKPRN 10000001 (A) is already in the register; remove it from the supplement.',
    );
  });
  it('rejects a coordinate outside the UK', () => {
    const e = sourceError(() =>
      readInstitutionPoints(
        { text: reg, file: 'reg.csv' },
        { text: 'UKPRN,institution,postcode,latitude,longitude\n10000009,Z,X,48.85,2.35\n', file: 'sup.csv' },
      ),
    );
    expect(e.message).toMatch(/^sup\.csv, row 2, column "longitude": "2\.35" is not a coordinate/);
  });
});

describe('REF readers', () => {
  const title = [['2021 Research Excellence Framework Results'], [], [], [], [], []];
  const row = (profile: string, p: number[], uoa = 12, ukprn: unknown = 10007774) => [
    ukprn,
    'University of Oxford',
    1,
    'B',
    uoa,
    'Engineering',
    null,
    null,
    null,
    profile,
    100.5,
    null,
    100,
    ...p,
  ];
  it('keeps Overall profiles only, with the spreadsheet row', () => {
    const subs = readRef2021Rows(
      [...title, [...REF2021_COLUMNS], row('Overall', [50, 40, 10, 0, 0]), row('Outputs', [60, 30, 10, 0, 0])],
      'ref.xlsx',
    );
    expect(subs).toHaveLength(1);
    expect(subs[0]).toMatchObject({ ukprn: '10007774', uoa: 12, fte: 100.5, p4: 50, p3: 40, row: 8 });
  });
  it('names the header row when the layout changed', () => {
    const e = sourceError(() => readRef2021Rows([...title, ['UKPRN', 'Name']], 'ref.xlsx'));
    expect(e.message).toMatch(/^ref\.xlsx: row 7 should be the header Institution code \(UKPRN\), Institution name/);
  });
  it('rejects a profile that does not add up to 100%', () => {
    const e = sourceError(() =>
      readRef2021Rows([...title, [...REF2021_COLUMNS], row('Overall', [50, 40, 0, 0, 0])], 'ref.xlsx'),
    );
    expect(e.message).toBe('ref.xlsx, row 8: the quality profile adds up to 90.0%, not 100%.');
  });
  it('rejects a unit outside 1–34 and a second Overall profile for the same submission', () => {
    expect(
      sourceError(() => readRef2021Rows([...title, [...REF2021_COLUMNS], row('Overall', [50, 50, 0, 0, 0], 35)], 'r'))
        .message,
    ).toMatch(/row 8, column "Unit of assessment number": "35" is not a REF 2021 unit/);
    const twice = [
      ...title,
      [...REF2021_COLUMNS],
      row('Overall', [50, 50, 0, 0, 0]),
      row('Overall', [50, 50, 0, 0, 0]),
    ];
    expect(sourceError(() => readRef2021Rows(twice, 'r')).message).toMatch(
      /row 9: a second Overall profile for University of Oxford in UoA 12 \(first on row 8\)/,
    );
  });
  it('reads the 2014 CSV, keeping a UKPRN as published', () => {
    const csv =
      'Institution code (UKPRN),Institution name,Institution sort order,Main panel,Unit of assessment number,Unit of assessment name,' +
      'Multiple submission letter,Multiple submission name,Joint submission,Profile,FTE Category A staff submitted,4*,3*,2*,1*,unclassified\n' +
      'ZZZZZZZZ,Institute of Zoology,1,A,5,Biological Sciences, ,,,Overall,20.00,30,50,20,0.0,0.0\n' +
      'ZZZZZZZZ,Institute of Zoology,1,A,5,Biological Sciences, ,,,Impact,20.00,30,50,20,0.0,0.0\n';
    expect(readRef2014(csv, 'ref14.csv')).toEqual([
      expect.objectContaining({ ukprn: 'ZZZZZZZZ', uoa: 5, fte: 20, p4: 30, letter: '', row: 2 }),
    ]);
  });
  it('compares institution names loosely for UKRI', () => {
    expect(normaliseInstitutionName('The University of Liverpool')).toBe(
      normaliseInstitutionName('University of Liverpool'),
    );
    expect(normaliseInstitutionName('Cardiff University / Prifysgol Caerdydd')).toBe('cardiff university');
    expect(normaliseInstitutionName('Imperial College of Science, Technology & Medicine')).toBe(
      'imperial college of science technology and medicine',
    );
  });
});

// The real boundary files and institution register: known institutions land where they should.
const SRC = sourceDir();
const have = [SOURCE_FILES.lepBoundaries, SOURCE_FILES.ladBoundaries, RESEARCH_FILES.register].every((f) =>
  fs.existsSync(path.join(SRC, f)),
);
describe.skipIf(!have)('placement of known institutions (real boundaries)', () => {
  const read = (f: string) => fs.readFileSync(path.join(SRC, f), 'utf8');
  const leps = have
    ? readBoundaries(read(SOURCE_FILES.lepBoundaries), 'l', 'LEP21CD', 'LEP21NM', (c) => LEP_CODE.test(c))
    : [];
  const uk = have ? readBoundaries(read(SOURCE_FILES.ladBoundaries), 'd', 'LAD21CD', 'LAD21NM', () => true) : [];
  const lepName = new Map(leps.map((f) => [f.properties.code, f.properties.name]));
  const ladName = new Map(uk.map((f) => [f.properties.code, f.properties.name]));
  const english = new Map([...ladName].filter(([c]) => ENGLISH_LAD_CODE.test(c)));
  const lookup = have ? readLookup(read(SOURCE_FILES.lookup), 'lk', lepName, english) : { ladToLep: {} };
  const { points } = have
    ? readInstitutionPoints(
        { text: read(RESEARCH_FILES.register), file: 'r' },
        { text: read(RESEARCH_FILES.supplement), file: 's' },
      )
    : { points: new Map() };
  const districts = new PolygonIndex(uk);
  const lepIndex = new PolygonIndex(leps);
  const at = (ukprn: string) => {
    const p = points.get(ukprn)!;
    const pl = placePoint(ukprn, p.lon, p.lat, districts, lepIndex, lookup.ladToLep, 'x');
    return { district: ladName.get(pl.district), leps: pl.leps.map((c) => lepName.get(c)), english: pl.english };
  };
  it('University of Oxford: Oxford district, Oxfordshire LEP', () => {
    expect(at('10007774')).toEqual({ district: 'Oxford', leps: ['Oxfordshire'], english: true });
  });
  it('Liverpool School of Tropical Medicine (from the supplement): Liverpool, Liverpool City Region', () => {
    expect(points.get('10003958')!.from).toBe('supplement');
    expect(at('10003958')).toEqual({ district: 'Liverpool', leps: ['Liverpool City Region'], english: true });
  });
  it('University of Edinburgh is outside England', () => {
    expect(at('10007790')).toMatchObject({ district: 'City of Edinburgh', leps: [], english: false });
  });
});
