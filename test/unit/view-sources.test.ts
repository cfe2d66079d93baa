// The footer credits what the view on screen reads: each source once, each licence line once.
import { describe, expect, it } from 'vitest';
import type { DatasetMeta } from '../../src/lib/data/types';
import { viewCredits } from '../../src/lib/views/view-sources';

const ONS = 'Source: Office for National Statistics licensed under the Open Government Licence v.3.0';
const OS = 'Contains OS data © Crown copyright and database right 2021';
const meta = (id: string, source: string, attribution: string[]) =>
  ({ id, title: id, source, sourceUrl: `https://example.org/${id}`, attribution }) as unknown as DatasetMeta;
const ubc = meta('ubc-enterprises', 'ONS, UK Business Counts', [ONS, OS]);
const aps = meta('aps-employment', 'ONS, Annual Population Survey', [ONS, OS]);
const ref = meta('ref2021-4star-fte', 'REF 2021', [
  'REF 2021, UK higher education funding bodies',
  `Boundaries: ${ONS}`,
  OS,
]);
const refFte = meta('ref2021-fte', 'REF 2021', [
  'REF 2021, UK higher education funding bodies',
  `Boundaries: ${ONS}`,
  OS,
]);
const ukri = meta('ukri-awarded', 'UKRI', ['Contains UKRI statistics (OGL)', `Boundaries: ${ONS}`, OS]);
const gva = meta('gva-current', 'ONS, Regional GVA', [ONS, OS]);
const ALL = [ubc, aps, refFte, ref, ukri, gva];

describe('viewCredits', () => {
  it('credits a REF map with REF 2021 and the boundaries, not ONS as the source of the figures', () => {
    expect(viewCredits('map', refFte, ALL, [ONS, OS])).toEqual({
      sources: [{ name: 'REF 2021', url: 'https://example.org/ref2021-fte' }],
      attribution: ['REF 2021, UK higher education funding bodies', `Boundaries: ${ONS}`, OS],
    });
  });
  it('names the GVA source itself on a GVA map', () => {
    expect(viewCredits('map', gva, ALL, [ONS, OS]).sources).toEqual([
      { name: 'ONS, Regional GVA', url: 'https://example.org/gva-current' },
    ]);
  });
  it('credits "Places strong in both" with REF 2021 and business counts whatever was open, the boundary line once', () => {
    expect(viewCredits('both', ubc, ALL, [ONS, OS])).toEqual({
      sources: [
        { name: 'REF 2021', url: 'https://example.org/ref2021-4star-fte' },
        { name: 'ONS, UK Business Counts', url: 'https://example.org/ubc-enterprises' },
      ],
      // "Boundaries: <ONS>" gives way to the ONS line itself, there for the business counts.
      attribution: ['REF 2021, UK higher education funding bodies', ONS, OS],
    });
  });
  it('credits a profile with the science base and the business data it sets beside it', () => {
    const c = viewCredits('profile', gva, ALL, [ONS, OS]);
    expect(c.sources.map((s) => s.name)).toEqual([
      'ONS, Regional GVA',
      'REF 2021',
      'UKRI',
      'ONS, UK Business Counts',
      'ONS, Annual Population Survey',
    ]);
    expect(c.attribution).toEqual([
      ONS,
      OS,
      'REF 2021, UK higher education funding bodies',
      'Contains UKRI statistics (OGL)',
    ]);
  });
  it('credits the pack with one dataset per part, and a file of one’s own with the fallback lines', () => {
    expect(viewCredits('pack', ubc, ALL, [ONS, OS]).sources.map((s) => s.name)).toEqual([
      'ONS, UK Business Counts',
      'ONS, Annual Population Survey',
      'REF 2021',
      'UKRI',
      'ONS, Regional GVA',
    ]);
    const own = { ...meta('local-1', 'Your file: x.csv', []), sourceUrl: '' } as DatasetMeta;
    expect(viewCredits('map', own, [...ALL, own], [ONS, OS])).toEqual({
      sources: [{ name: 'Your file: x.csv', url: '' }],
      attribution: [ONS, OS],
    });
  });
});
