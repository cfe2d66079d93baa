// "What could come next" on research data: sent to the same area's profile on enterprises.
import { describe, expect, it } from 'vitest';
import { businessProfileChange, nextOnBusinessData } from '../../src/lib/next/business-link';
import { DEFAULT_STATE, serialiseUrlState } from '../../src/lib/state/app-state';

describe('What could come next on a research dataset', () => {
  it('is sent to business data on REF and UKRI, never on business data or a user file', () => {
    for (const id of ['ref2021-4star-fte', 'ref2021-fte', 'ref2021-research-power', 'ukri-awarded'])
      expect(nextOnBusinessData(id), id).toBe(true);
    for (const id of ['ubc-enterprises', 'aps-employment', 'gva-current', 'local-ref2021-4star-fte'])
      expect(nextOnBusinessData(id), id).toBe(false);
  });

  it('links to the same area, geography and comparison on enterprises, dropping the subject and its years', () => {
    const from = {
      ...DEFAULT_STATE,
      view: 'profile' as const,
      dataset: 'ref2021-4star-fte',
      geography: 'lad' as const,
      area: 'E08000025',
      compare: ['E08000026'],
      sector: '12',
      year: '2021',
      from: '2021',
      open: ['A'],
    };
    const to = { ...from, ...businessProfileChange() };
    expect(to).toMatchObject({
      view: 'profile',
      dataset: 'ubc-enterprises',
      sector: null,
      year: null,
      from: null,
      open: [],
    });
    expect(to).toMatchObject({ geography: 'lad', area: 'E08000025', compare: ['E08000026'] });
    expect(serialiseUrlState(to)).not.toMatch(/dataset=|sector=|year=/);
  });
});
