// The research map's institutions layer: which institutions show, what the circles measure, the
// largest figure and the words, worked by hand from three made-up institutions.
import { describe, expect, it } from 'vitest';
import { institutionLayer, institutionsGroupLabel } from '../../src/lib/research/institution-layer';
import type { InstitutionRecord } from '../../src/lib/research/science-base';

const inst = (ukprn: string, name: string, district: string, uoas: [number, number, number][]): InstitutionRecord => ({
  ukprn,
  name,
  lon: 0,
  lat: 52,
  district,
  leps: ['L1'],
  fte: 0,
  fourStarFte: 0,
  pct4: 0,
  gpa: 0,
  uoas: uoas.map(([uoa, fte, fourStarFte]) => ({ uoa, fte, fourStarFte, pct4: (100 * fourStarFte) / fte, gpa: 3 })),
});

// Zeta (district D1): Engineering (UoA 12) 10 FTE, 4 at 4*; Clinical Medicine (UoA 1) 5 FTE, 1 at 4*.
// Alpha (D2): Engineering 2.5 FTE, none at 4*. Beta (D3): Clinical Medicine 8 FTE, 2 at 4*.
const all = [
  inst('1', 'Zeta', 'D1', [
    [12, 10, 4],
    [1, 5, 1],
  ]),
  inst('2', 'Alpha', 'D2', [[12, 2.5, 0]]),
  inst('3', 'Beta', 'D3', [[1, 8, 2]]),
];
const view = {
  dataset: 'ref2021-fte',
  sector: '12',
  subject: 'Engineering',
  within: null,
  wanted: true,
};

describe('the research map’s institutions layer', () => {
  it('shows the institutions with staff in the subject, sized by FTE, the largest named in the note', () => {
    const layer = institutionLayer(all, view);
    expect(layer.figures.map((f) => f.name)).toEqual(['Zeta', 'Alpha']);
    expect(layer).toMatchObject({ ref: true, size: 'fte', max: 10, shown: true });
    expect(layer.notes).toEqual([
      'Institutions (head office): circle area shows staff submitted (FTE) in Engineering; the largest holds 10.',
    ]);
  });

  it('sizes by 4* FTE on the 4* FTE map; all subjects when no sector (Zeta 4 + 1 = 5 is the largest)', () => {
    const layer = institutionLayer(all, { ...view, dataset: 'ref2021-4star-fte', sector: null, subject: 'all' });
    expect(layer.figures.map((f) => f.name)).toEqual(['Zeta', 'Alpha', 'Beta']);
    expect(layer.size).toBe('fourStarFte');
    expect(layer.max).toBe(5);
  });

  it('keeps only the districts of a shown LEP', () => {
    const layer = institutionLayer(all, { ...view, within: new Set(['D2']) });
    expect(layer.figures.map((f) => f.name)).toEqual(['Alpha']);
    expect(layer.max).toBe(2.5);
  });

  it('draws none when hidden, none in a subject nobody submitted to, and none on a map that is not REF', () => {
    const hidden = institutionLayer(all, { ...view, wanted: false });
    expect(hidden.shown).toBe(false);
    expect(hidden.figures.length).toBe(2); // the key still offers to show them
    expect(hidden.notes).toEqual([]);
    const empty = institutionLayer(all, { ...view, sector: '30' });
    expect(empty).toMatchObject({ figures: [], max: 0, shown: false, notes: [] });
    const notRef = institutionLayer(all, { ...view, dataset: 'ubc-enterprises' });
    expect(notRef).toMatchObject({ ref: false, figures: [], shown: false });
    expect(institutionLayer(null, view)).toMatchObject({ ref: true, figures: [], shown: false });
  });

  it('names the circles’ group with their count, measure and keys', () => {
    expect(institutionsGroupLabel(2, 'fourStarFte', 'Engineering')).toBe(
      'Institutions, 2: circle area shows 4* FTE in Engineering. Arrow keys move between them in name order; Enter selects the area that holds one.',
    );
  });
});
