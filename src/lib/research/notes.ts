// Words every research view and download carries (the data build writes them into datasets.json too).

export const HEAD_OFFICE_NOTE =
  'Each institution is counted at its head office (the point in the institution register): staff on other campuses, ' +
  'such as a medical school in another city, are counted where the head office is.';

export const REF_SNAPSHOT_NOTE =
  'REF is a snapshot: staff in post on the census date, 31 July 2020, and research outputs from 2014 to 2020. ' +
  'It is not updated between exercises.';

export const NO_RESEARCH_NOTE =
  'An area with no institution submitting to REF 2021 shows 0, "no research submitted": a true zero, not missing data.';

export const UKRI_NOMINAL_NOTE =
  'Amounts are £ thousands in cash terms (nominal, not adjusted for inflation) by financial year of the funding decision.';

export const REF_ATTRIBUTION_LINE = 'REF 2021, UK higher education funding bodies';
export const UKRI_ATTRIBUTION_LINE =
  'Contains UK Research and Innovation statistics licensed under the Open Government Licence v3.0';

/** Is this a research dataset (REF or UKRI)? By id, so user files never match. */
export function isResearchDataset(id: string): boolean {
  return id.startsWith('ref2021-') || id === 'ukri-awarded';
}

/**
 * Is this a REF 2021 volume, which adds up across subjects and areas (4* FTE, FTE, research power)?
 * Its LQ is a research LQ and each area holds a share of England's; a GPA (an average) is neither.
 */
export function isRefVolume(id: string): boolean {
  return id === 'ref2021-4star-fte' || id === 'ref2021-fte' || id === 'ref2021-research-power';
}

/** Is this a REF 2021 dataset whose sectors are units of assessment? */
export function isRefDataset(id: string): boolean {
  return id.startsWith('ref2021-');
}

/** One short paragraph for the top of a research view (the full notes are in its downloads and images). */
export function researchShortNote(id: string): string {
  if (isRefDataset(id)) {
    return 'Institutions are counted at their head office (staff on other campuses count there too). REF 2021 is a snapshot: staff in post on 31 July 2020.';
  }
  if (id === 'ukri-awarded') {
    return 'Awards are counted at the head office of the organisation that holds them; £ thousands in cash terms (nominal).';
  }
  return '';
}

/** The notes a research view shows beside its figures (and puts on its exported images); [] for others. */
export function researchNotes(id: string): string[] {
  if (isRefDataset(id)) return [HEAD_OFFICE_NOTE, REF_SNAPSHOT_NOTE];
  if (id === 'ukri-awarded') return [HEAD_OFFICE_NOTE, UKRI_NOMINAL_NOTE];
  return [];
}
