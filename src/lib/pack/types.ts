// The evidence pack as data: sections of blocks that the screen view, the Word document and the
// spreadsheet all render from, so the three say the same thing.
import type { Cube, DatasetMeta } from '../data/types';
import type { Benchmark } from '../metrics';
import type { Claim } from './claim';
import type { SpecialisationProductivity } from '../metrics/specialisation-productivity';

/** What a dataset answers in the pack. */
export type StrandRole = 'enterprises' | 'employment' | 'gva' | 'research' | 'funding' | 'own';

/** One dataset's figures for the pack's area. */
export interface Strand {
  role: StrandRole;
  meta: DatasetMeta;
  cube: Cube;
  /** Index of the pack's area in this cube. */
  area: number;
  /** Year indices: the pack's year (latest) and the start of growth (earliest). */
  year: number;
  from: number;
  benchmark: Benchmark;
  /** A research strand's FTE of staff submitted (same areas' codes, subjects and year), for the ranking rule. */
  staff?: Cube;
}

export type Cell = string | number | null;

export interface PackTable {
  /** Stable id, also the spreadsheet's sheet name stem. */
  id: string;
  caption: string;
  columns: string[];
  /** Decimal places each column's numbers are shown to (null: a text column), so "1.80" never reads "1.8". */
  digits: (number | null)[];
  /** Numbers stay numbers (the spreadsheet keeps them); null is missing, never 0. */
  rows: Cell[][];
}

export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'claim'; claim: Claim }
  | { kind: 'text'; text: string }
  | { kind: 'list'; items: string[] }
  /** A chart drawn by the profile's own components, for strand `strand` (index into Pack.strands). */
  | { kind: 'chart'; chart: 'lq-bars' | 'shift-share'; strand: number; title: string; alt: string }
  /** Specialisation against productivity (the GVA profile's chart), with its figures. */
  | {
      kind: 'chart';
      chart: 'productivity';
      strand: number;
      productivity: SpecialisationProductivity;
      title: string;
      alt: string;
    }
  | { kind: 'table'; table: PackTable }
  /** A question the data loaded cannot answer yet: said, not hidden. */
  | { kind: 'empty'; text: string };

export type SectionId = 'summary' | 'good' | 'world' | 'next' | 'peers' | 'methods' | 'caveats' | 'sources';

export interface PackSection {
  id: SectionId;
  title: string;
  blocks: Block[];
}

export interface Pack {
  area: { code: string; name: string; kind: string };
  /** When the pack was made, e.g. "30 November 2026". */
  date: string;
  title: string;
  strands: Strand[];
  sections: PackSection[];
}
