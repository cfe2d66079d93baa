import { describe, expect, it } from 'vitest';
import { announcement, pageTitle, type ViewSummary } from '../../src/lib/state/announce';

const map: ViewSummary = {
  view: 'map',
  viewName: 'Map',
  dataset: 'UK Business Counts: enterprises',
  geography: 'LEPs',
  sector: 'Manufacturing',
  metric: 'Location quotient (England = 1)',
  area: null,
};

describe('announcement', () => {
  it('says nothing on first load, or when nothing a listener needs changed', () => {
    expect(announcement(null, map)).toBeNull();
    expect(announcement(map, { ...map })).toBeNull();
  });
  it('names a new sector, geography, measure and dataset', () => {
    expect(announcement(map, { ...map, sector: 'Construction' })).toBe('Sector: Construction.');
    expect(announcement(map, { ...map, geography: 'districts' })).toBe('The map now shows districts.');
    expect(announcement(map, { ...map, metric: 'Growth since 2018' })).toBe('Showing: Growth since 2018.');
    expect(announcement(map, { ...map, dataset: 'APS employment' })).toBe('Dataset: APS employment.');
  });
  it('says what was selected and what was cleared', () => {
    const sel = { ...map, area: 'Black Country' };
    expect(announcement(map, sel)).toBe('Selected Black Country.');
    expect(announcement(sel, map)).toBe('Black Country no longer selected.');
  });
  it('makes one sentence of a change that touches several things at once', () => {
    // Switching to districts clears the selected LEP.
    const sel = { ...map, area: 'Black Country' };
    expect(announcement(sel, { ...map, geography: 'districts' })).toBe(
      'The map now shows districts. Black Country no longer selected.',
    );
  });
  it('names the view, and the area a profile is of, once', () => {
    const profile = { ...map, view: 'profile', viewName: 'Area profile', area: 'Leeds City Region' };
    expect(announcement(map, profile)).toBe('Area profile of Leeds City Region.');
    expect(announcement(profile, { ...profile, view: 'map', viewName: 'Map' })).toBe('Map view.');
    expect(announcement(map, { ...map, view: 'research', viewName: 'Research' })).toBe('Research view.');
  });
  it('names the area an evidence pack is for, and says nothing else about the area', () => {
    const sel = { ...map, area: 'Black Country' };
    const pack = { ...sel, view: 'pack', viewName: 'Evidence pack' };
    expect(announcement(sel, pack)).toBe('Evidence pack for Black Country.');
    expect(announcement(map, pack)).toBe('Evidence pack for Black Country.');
    expect(announcement(map, { ...map, view: 'pack', viewName: 'Evidence pack' })).toBe('Evidence pack view.');
  });
});

describe('pageTitle', () => {
  it('names the view and what it shows', () => {
    expect(pageTitle(map)).toBe('Map: Manufacturing by LEP – Specialisation Atlas');
    expect(pageTitle({ ...map, geography: 'districts' })).toBe('Map: Manufacturing by district – Specialisation Atlas');
    expect(pageTitle({ ...map, view: 'profile', viewName: 'Area profile', area: 'Black Country' })).toBe(
      'Area profile: Black Country – Specialisation Atlas',
    );
    expect(pageTitle({ ...map, view: 'profile', viewName: 'Area profile' })).toBe(
      'Area profile: choose an area – Specialisation Atlas',
    );
    expect(pageTitle({ ...map, view: 'pack', viewName: 'Evidence pack', area: 'Black Country' })).toBe(
      'Evidence pack: Black Country – Specialisation Atlas',
    );
  });
});
