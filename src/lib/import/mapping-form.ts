// The column-mapping step's decisions: which columns were given two jobs, what stops "Continue",
// and what each preview column will be read as. Pure, so the words and rules are tested here.

import type { ColumnMapping, DimensionChoice, MappingField, WideLayout } from './detect';
import { FIELD_LABEL, FIELD_NEED } from './import-words';

/** A field's label without "(optional)": "Flag (optional)" → "Flag". */
export const fieldName = (f: MappingField): string => FIELD_LABEL[f].replace(/ \(optional\)$/, '');

/** The delimiter in words, for "separated by …". */
export function delimiterWord(delimiter: string): string {
  if (delimiter === '\t') return 'tabs';
  if (delimiter === ';') return 'semicolons';
  if (delimiter === '|') return '“|”';
  return 'commas';
}

/** Columns given two jobs or more (a field each, or a field and a year column), in column order. */
export function columnClashes(
  fields: readonly MappingField[],
  mapping: ColumnMapping,
  yearColumns: readonly number[],
): { j: number; list: string[] }[] {
  const jobs = new Map<number, string[]>();
  const add = (j: number, job: string) => {
    const list = jobs.get(j) ?? [];
    list.push(job);
    jobs.set(j, list);
  };
  for (const f of fields) {
    const j = mapping[f];
    if (j !== null) add(j, fieldName(f).toLowerCase());
  }
  for (const j of yearColumns) add(j, 'a year column');
  return [...jobs].filter(([, list]) => list.length > 1).map(([j, list]) => ({ j, list }));
}

/** Everything that must be put right before "Continue", as sentences, file problems first. */
export function mappingBlockers(
  fatal: readonly string[],
  missing: readonly MappingField[],
  clashes: readonly { j: number; list: string[] }[],
  header: readonly string[],
): string[] {
  return [
    ...fatal,
    ...(missing.length > 0 ? [`Choose ${missing.map((f) => FIELD_NEED[f]).join(', and ')}.`] : []),
    ...(missing.includes('sectorCode')
      ? [
          'If the file has one figure per area and year (an index or a rate), say so under “What are the figures?” instead.',
        ]
      : []),
    ...clashes.map(
      (c) =>
        `Column ${c.j + 1} (“${header[c.j] ?? ''}”) is chosen as ${c.list.join(' and as ')}: give each column one job.`,
    ),
  ];
}

/**
 * What each column of the preview is read as: its field, "Values for 2019" for a ticked year
 * column of a wide table, or "Keep only: …" for a column of alternatives. Columns not in the map are not used.
 */
export function previewRoles(
  fields: readonly MappingField[],
  mapping: ColumnMapping,
  wide: WideLayout | null,
  yearOn: readonly boolean[],
  choices: readonly DimensionChoice[],
  chosen: Readonly<Record<number, string>>,
): Map<number, string> {
  const roles = new Map<number, string>();
  for (const f of fields) {
    const j = mapping[f];
    if (j !== null) roles.set(j, fieldName(f));
  }
  wide?.yearColumns.forEach((j, k) => {
    if (yearOn[k]) roles.set(j, `Values for ${wide.labels[k]}`);
  });
  for (const c of choices) roles.set(c.column, `Keep only: ${chosen[c.column] ?? c.values[0]}`);
  return roles;
}
