import { describe, expect, it } from 'vitest';
import { capitalise, levelWords, oneOf, sentence, shareOfWhat, shorten, sourceLine } from '../../src/lib/words';
import { mapFileParts, mapTitle, mapUsesBenchmark } from '../../src/lib/views/map-words';

describe('shorten', () => {
  it('keeps a name that fits and cuts a longer one to max characters, "…" included', () => {
    expect(shorten('Retail', 6)).toBe('Retail');
    expect(shorten('Manufacturing', 6)).toBe('Manuf…');
    // The space before the cut is dropped, so the name never ends "Black …".
    expect(shorten('Black Country', 7)).toBe('Black…');
    // Never less than one letter before the "…".
    expect(shorten('Manufacturing', 1)).toBe('M…');
  });
});

describe('sentence', () => {
  it('ends a phrase with one full stop', () => {
    expect(sentence(' ONS Business Register ')).toBe('ONS Business Register.');
    expect(sentence('Released 2023.')).toBe('Released 2023.');
    expect(sentence('Is it?')).toBe('Is it?');
    expect(sourceLine({ source: 'ONS', release: 'September 2023.' })).toBe('Source: ONS. September 2023.');
  });
});

describe('level words', () => {
  it('names LEPs and districts', () => {
    expect(levelWords('lep')).toMatchObject({
      one: 'LEP',
      many: 'LEPs',
      name: 'Local Enterprise Partnership',
      heading: 'Local Enterprise Partnership',
      csv: 'LEP',
    });
    expect(levelWords('lad')).toMatchObject({
      one: 'district',
      many: 'districts',
      name: 'Local authority district',
      names: 'local authority districts',
      heading: 'District',
      csv: 'district',
    });
  });

  it('calls a user’s own areas of another level "areas", never "districts"', () => {
    expect(levelWords('other')).toMatchObject({
      one: 'area',
      many: 'areas',
      name: 'Area',
      heading: 'Area',
      csv: 'other',
    });
    expect(levelWords(undefined).many).toBe('areas');
    expect(levelWords('country').csv).toBe('country');
  });

  it('turns a plural back into one', () => {
    expect(oneOf('LEPs')).toBe('LEP');
    expect(oneOf('districts')).toBe('district');
    expect(oneOf('areas')).toBe('area');
    expect(capitalise('local authority districts')).toBe('Local authority districts');
  });
});

describe('the map view’s words', () => {
  const base = { sector: 'Manufacturing', within: null, measure: 'Enterprises', period: '2022' };
  it('names the level shown in the title', () => {
    expect(mapTitle({ ...base, level: 'lep', metric: 'lq' })).toBe('Manufacturing: which LEPs are specialised?');
    expect(mapTitle({ ...base, level: 'lad', metric: 'share', within: 'Black Country' })).toBe(
      'Manufacturing: share of area total by district in Black Country',
    );
    expect(mapTitle({ ...base, level: 'other', metric: 'lq' })).toBe('Manufacturing: which areas are specialised?');
  });

  it('does not call an index a "number": the productivity map is titled by its measure alone', () => {
    const sector = 'GVA per hour worked (index, UK = 100)';
    expect(mapTitle({ ...base, sector, level: 'lad', metric: 'value', indicator: true })).toBe(
      'GVA per hour worked (index, UK = 100) by district',
    );
    // A count keeps its word.
    expect(mapTitle({ ...base, level: 'lad', metric: 'value' })).toBe('Manufacturing: number by district');
  });

  it('names a user’s own ITL areas "areas" in the export file names, not "districts" (the old rule did)', () => {
    expect(mapFileParts({ ...base, level: 'other', metric: 'lq' })).toEqual([
      'Enterprises',
      'Manufacturing',
      '2022',
      'Location quotient',
      'areas',
    ]);
    expect(mapFileParts({ ...base, level: 'lad', metric: 'lq', within: 'Black Country' }).slice(4)).toEqual([
      'districts',
      'Black Country',
    ]);
    expect(mapFileParts({ ...base, level: 'lep', metric: 'lq' })[4]).toBe('LEPs');
  });
});

describe('shareOfWhat', () => {
  it('names GVA beside its money unit, and leaves a count’s unit alone', () => {
    expect(shareOfWhat({ unit: '£m', measure: 'Gross value added at current prices' })).toBe('£m GVA');
    expect(shareOfWhat({ unit: 'enterprises', measure: 'Enterprises' })).toBe('enterprises');
    expect(shareOfWhat(null)).toBe('activity');
  });
});

describe('mapUsesBenchmark', () => {
  it('names the benchmark for measures taken against it', () => {
    expect(mapUsesBenchmark('lq', false)).toBe(true);
    expect(mapUsesBenchmark('lqChange', false)).toBe(true);
  });
  it('does not for an indicator (an index such as productivity, UK = 100) nor for the value or share', () => {
    expect(mapUsesBenchmark('value', true)).toBe(false);
    expect(mapUsesBenchmark('lq', true)).toBe(false);
    expect(mapUsesBenchmark('value', false)).toBe(false);
    expect(mapUsesBenchmark('share', false)).toBe(false);
  });
});
