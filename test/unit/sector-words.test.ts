// REF 2021's "sectors" are subjects (units of assessment) and UKRI's research councils: every view
// and download that names them for a research dataset says so (words.ts sectorWords). Figures from
// ./fixtures-audit.ts, worked by hand in profile-facts.test.ts (Alpha 2020: only M above 1, LQ 3.36;
// Krugman 0.39; HHI 0.44 over 3; largest M, 55.0%); here the same cube read as REF subjects.
import { describe, expect, it } from 'vitest';
import { buildCube } from '../../src/lib/data/cube';
import * as words from '../../src/lib/words';
import { lqCompares, sectorWords } from '../../src/lib/words';
import { headlineFacts, profileFactsOptions } from '../../src/lib/profile/facts';
import { noFigureUnrankedWords, zeroUnrankedWords } from '../../src/lib/views/area-table';
import { announcement, type ViewSummary } from '../../src/lib/state/announce';
import { areaCsvColumns } from '../../src/lib/export/area-csv-columns';
import { barsColumns } from '../../src/lib/profile/chart-csv';
import { mapCsvColumns } from '../../src/lib/views/map-csv';
import { mapFilters } from '../../src/lib/views/map-view';
import { datasetColumns } from '../../src/lib/export/csv-download';
import { methodBlocks } from '../../src/lib/pack/notes';
import type { Strand } from '../../src/lib/pack/types';
import { auditRows } from './fixtures-audit';

const REF = { id: 'ref2021-4star-fte', unit: '4* FTE', measure: 'World-leading research volume (4* FTE)' };
const UKRI = {
  id: 'ukri-awarded',
  unit: '£ thousands',
  measure: 'Research council funding awarded (£ thousands, nominal)',
};
const UBC = { id: 'ubc-enterprises', unit: 'enterprises', measure: 'Enterprises' };

describe('sectorWords', () => {
  it('calls REF 2021 sectors subjects, UKRI research councils, everything else sectors', () => {
    for (const id of ['ref2021-4star-fte', 'ref2021-fte', 'ref2021-gpa', 'ref2021-research-power'])
      expect(sectorWords(id)).toMatchObject({ one: 'subject', many: 'subjects', heading: 'Subject' });
    expect(sectorWords('ukri-awarded')).toMatchObject({ one: 'research council', heading: 'Research council' });
    for (const id of ['ubc-enterprises', 'gva-current', 'local-1', null, undefined])
      expect(sectorWords(id)).toMatchObject({ one: 'sector', many: 'sectors', heading: 'Sector' });
  });

  it("says in the masthead what an LQ compares: a subject's share of an area's 4* FTE", () => {
    expect(lqCompares(REF)).toBe("a subject's share of an area's 4* FTE");
    expect(lqCompares(UKRI)).toBe("a research council's share of an area's awards");
    expect(lqCompares(UBC)).toBe("a sector's share of an area's enterprises");
  });
});

describe('research words in the views', () => {
  it("the ranking's zeros are 0 in this subject", () => {
    expect(zeroUnrankedWords(21, 'subject')).toBe('21 areas with 0 in this subject are not ranked.');
    expect(zeroUnrankedWords(1)).toBe('1 area with 0 in this sector is not ranked.');
    // Named as the map names them: LEPs or districts.
    expect(zeroUnrankedWords(21, 'subject', { one: 'LEP', many: 'LEPs' })).toBe(
      '21 LEPs with 0 in this subject are not ranked.',
    );
    expect(noFigureUnrankedWords(1, { one: 'district', many: 'districts' })).toBe(
      '1 district without a figure is not ranked.',
    );
    expect(noFigureUnrankedWords(3)).toBe('3 areas without a figure are not ranked.');
  });

  it('the announcement names a subject as a subject', () => {
    const s: ViewSummary = {
      view: 'map',
      viewName: 'Map',
      dataset: 'REF',
      geography: 'LEPs',
      sector: 'Clinical Medicine',
      sectorHeading: 'Subject',
      metric: 'LQ',
      area: null,
    };
    expect(announcement({ ...s, sector: 'Area Studies' }, s)).toBe('Subject: Clinical Medicine.');
    expect(announcement({ ...s, sector: 'Retail', sectorHeading: undefined }, { ...s, sectorHeading: undefined })).toBe(
      'Sector: Clinical Medicine.',
    );
  });

  it('the profile headlines of a REF dataset speak of subjects', () => {
    const cube = buildCube(auditRows());
    const opts = profileFactsOptions({
      year: 1,
      startYear: 0,
      benchmark: 0,
      unit: '4* FTE',
      dataset: 'ref2021-4star-fte',
      indicator: false,
      sectors: 3,
    });
    const f = headlineFacts(cube, 1, opts);
    expect(f.topSpecialisms).toBe(
      'Only one subject in Alpha LEP has a location quotient above 1 against England in 2020: Manufacturing (3.36).',
    );
    expect(f.fastestGrowingSpecialised).toMatch(/Alpha LEP's specialised subjects/);
    expect(f.fastestGrowingSpecialised).not.toMatch(/sector/);
    expect(f.krugman.sentence).toContain('would have to change subject for Alpha LEP');
    expect(f.herfindahl.sentence).toContain('for an even spread over 3 subjects to 1 for a single subject');
    expect(f.herfindahl.sentence).toContain('its largest subject, Manufacturing, has 55.0% of 4* FTE');
    expect(f.herfindahl.sentence).not.toMatch(/sector/);
  });
});

describe('research words in the downloads', () => {
  it("the map CSV's notes: this subject's share, across all subjects; the UoA columns", () => {
    const about = (cols: readonly { header: string; about?: string }[], h: string) =>
      cols.find((c) => c.header === h)!.about;
    const cols = areaCsvColumns(['share', 'location_quotient', 'england_share'], REF, 'England');
    expect(about(cols, 'share_of_area_total_pct')).toBe(
      "This subject's share of the area's total across all subjects, in per cent (12.5 means 12.5%).",
    );
    expect(about(cols, 'location_quotient')).toMatch(/^The area's share in this subject divided by England's share/);
    expect(about(cols, 'share_of_england_pct')).toContain('in this subject, in per cent');
    const map = mapCsvColumns(REF, 'England', {
      indicator: false,
      change: false,
      sector: { code: '1', name: 'Clinical Medicine' },
      year: '2021',
      from: null,
      lepsOf: null,
    });
    expect(about(map, 'sector_code')).toBe('REF 2021 unit of assessment number (a main panel A–D is a letter).');
    expect(about(map, 'sector_name')).toBe('Subject: the REF 2021 unit of assessment.');
    expect(about(datasetColumns(UKRI), 'sector_name')).toBe('Research council name.');
    // Business data keeps its words.
    expect(about(areaCsvColumns(['share'], UBC), 'share_of_area_total_pct')).toMatch(/^This sector's share/);
    expect(about(datasetColumns(UBC), 'sector_name')).toBe('Industry name.');
  });

  it("the profile chart's CSV and the view's filters say Subject", () => {
    const cols = barsColumns(REF, { code: 'E37000001', name: 'Alpha LEP' }, '2021', 'England');
    const about = (h: string) => cols.find((c) => c.header === h)!.about;
    expect(about('sector_name')).toBe('Subject: the REF 2021 unit of assessment.');
    expect(about('share_of_area_total_pct')).toMatch(/^This subject's share of the area's total across all subjects/);
    expect(about('location_quotient')).toMatch(/^The area's share in this subject/);
    const filters = mapFilters({
      areas: 'LEPs',
      within: null,
      sector: 'Clinical Medicine',
      sectorHeading: 'Subject',
      change: false,
      period: '2021',
      shown: 'LQ',
    });
    expect(filters).toContainEqual(['Subject', 'Clinical Medicine']);
  });

  it("the pack's method says how a research LQ is read", () => {
    const items = (roles: Strand['role'][]) => {
      const b = methodBlocks(roles.map((role) => ({ role }) as Strand))[0];
      return b.kind === 'list' ? b.items.join(' ') : '';
    };
    expect(items(['research'])).toContain('a subject’s share of the area’s world-leading (4*) research');
    expect(items(['enterprises'])).not.toContain('subject');
  });
});

describe('measureWithUnit', () => {
  it('adds the unit only where the measure does not say it', () => {
    const { measureWithUnit } = words;
    expect(measureWithUnit({ measure: 'Gross value added at current prices', unit: '£m' })).toBe(
      'Gross value added at current prices (£m)',
    );
    expect(measureWithUnit({ measure: 'Enterprises', unit: 'enterprises' })).toBe('Enterprises');
    expect(measureWithUnit({ measure: 'Staff submitted (FTE)', unit: 'FTE' })).toBe('Staff submitted (FTE)');
    expect(measureWithUnit(UKRI)).toBe(UKRI.measure);
    expect(measureWithUnit(null)).toBe('');
  });
});
