// Which boundary set a dataset's area codes belong to (DatasetMeta.geography). The default set is
// LEPs May 2021 with districts December 2021 (309 in England). ONS's GVA by district uses the
// April 2023 districts (296): on 1 April 2023 seventeen 2021 districts merged into four new
// unitary authorities; every other district kept its code.
import type { GeographySet } from './types';

/** The four unitary authorities created on 1 April 2023. */
export const LAD23_NEW_CODES: readonly string[] = ['E06000063', 'E06000064', 'E06000065', 'E06000066'];

/** Districts in England in each set. */
export const DISTRICT_COUNT = { lad21: 309, lad23: 296 } as const;

/** The boundary set of a dataset: 'lad21' (default) or 'lad23'. */
export function geographyOf(meta: { geography?: GeographySet }): 'lad21' | 'lad23' {
  return meta.geography === 'lad23' ? 'lad23' : 'lad21';
}

/** Words for a boundary set, as a policymaker reads them. */
export function geographyLabel(set: 'lad21' | 'lad23'): string {
  return set === 'lad23'
    ? 'local authority districts as of April 2023 (296 in England) and LEPs May 2021'
    : 'local authority districts December 2021 (309 in England) and LEPs May 2021';
}

/**
 * The boundary set a list of area codes belongs to: 'lad23' when any is one of the four 2023
 * unitaries, otherwise undefined (the default set). `merged21` lists the 2021 district codes that
 * no longer exist in 2023; a file holding both kinds mixes vintages, and `mixed` says so.
 */
export function geographyOfCodes(
  codes: Iterable<string>,
  merged21: ReadonlySet<string> = new Set(),
): { geography: GeographySet | undefined; mixed: boolean } {
  let has23 = false;
  let has21 = false;
  const isNew = new Set(LAD23_NEW_CODES);
  for (const c of codes) {
    if (isNew.has(c)) has23 = true;
    else if (merged21.has(c)) has21 = true;
  }
  return { geography: has23 ? 'lad23' : undefined, mixed: has23 && has21 };
}
