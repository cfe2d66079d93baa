// A link to "Places strong in both" on a dataset that is not REF 2021 opens the REF dataset, and says
// so when the link named a dataset of its own.
import { describe, expect, it } from 'vitest';
import { bothViewDataset, PLACES_BOTH_DATASET } from '../../src/lib/research/places-link';

const TITLES: Record<string, string> = {
  'ubc-enterprises': 'Enterprises',
  'ref2021-4star-fte': 'World-leading research (REF 2021)',
};
const titleOf = (id: string) => TITLES[id];

describe('bothViewDataset', () => {
  it('opens the REF dataset without a word when the link named no dataset (the business default stood in)', () => {
    expect(bothViewDataset({ view: 'both', dataset: 'ubc-enterprises' }, null, titleOf)).toEqual({
      dataset: PLACES_BOTH_DATASET,
      notice: null,
    });
  });
  it('names the business dataset the link asked for, and what is shown instead', () => {
    expect(bothViewDataset({ view: 'both', dataset: 'ubc-enterprises' }, 'ubc-enterprises', titleOf)).toEqual({
      dataset: PLACES_BOTH_DATASET,
      notice:
        '“Places strong in both” compares REF 2021 research subjects with business, so it cannot be shown for Enterprises; it shows World-leading research (REF 2021) instead.',
    });
  });
  it('leaves a dataset the atlas lacks to its own notice (the default stood in for it)', () => {
    expect(bothViewDataset({ view: 'both', dataset: 'ubc-enterprises' }, 'banana', titleOf)?.notice).toBeNull();
  });
  it('changes nothing on a REF dataset, on another view, or when the atlas has no REF data', () => {
    expect(bothViewDataset({ view: 'both', dataset: 'ref2021-fte' }, 'ref2021-fte', titleOf)).toBeNull();
    expect(bothViewDataset({ view: 'map', dataset: 'ubc-enterprises' }, null, titleOf)).toBeNull();
    expect(bothViewDataset({ view: 'both', dataset: 'ubc-enterprises' }, null, () => undefined)).toBeNull();
  });
});
