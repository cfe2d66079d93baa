// A user's file whose sector codes nest, as ONS wide tables do (a total row, broad sectors,
// sections, divisions: "Total", "A-E", "C (10-33)", "CA-CB (10-15)", "41"): recognised from the SIC
// 2007 divisions each code covers, so the atlas never adds a parent to its children and inflates
// every total. Pure: the import report offers the tree or one level of it, and the cube is built
// with the choice (cube-tree.ts).
import { cutCodes, sectorTree, type SectorParent } from '../data/sector-tree';
import { cubeOfSectors, cubeWithSectorTree } from '../data/cube-tree';
import type { Cube } from '../data/types';

/** SIC 2007 sections and the 2-digit divisions each spans. */
const SECTIONS: Record<string, [number, number]> = {
  A: [1, 3],
  B: [5, 9],
  C: [10, 33],
  D: [35, 35],
  E: [36, 39],
  F: [41, 43],
  G: [45, 47],
  H: [49, 53],
  I: [55, 56],
  J: [58, 63],
  K: [64, 66],
  L: [68, 68],
  M: [69, 75],
  N: [77, 82],
  O: [84, 84],
  P: [85, 85],
  Q: [86, 88],
  R: [90, 93],
  S: [94, 96],
  T: [97, 98],
  U: [99, 99],
};

const TOTAL_WORDS = /^(total|all|all industries|all sectors|total industries|all industries total|total gva)$/i;

/** Whether a sector is the all-industries total by its code or name ("Total", "All industries"). */
export function isTotalSector(code: string, name: string): boolean {
  return TOTAL_WORDS.test(code.trim()) || TOTAL_WORDS.test(name.trim());
}

/**
 * The divisions a code covers, [first, last], or null when it names none: "(10-33)" in brackets,
 * a bare division or range ("41", "58-60"), or section letters ("C", "A-E", "AB"). A code of
 * divisions with letters after them ("68IMP") counts as a part of those divisions.
 */
export function divisionSpan(code: string): [number, number] | null {
  const c = code.trim();
  const num = /^(\d{1,2})(?:\s*-\s*(\d{1,2}))?$/;
  const bracket = /\((\d{1,2})(?:\s*-\s*(\d{1,2}))?\)\s*$/.exec(c);
  const m = bracket ?? num.exec(c) ?? /^(\d{2})[A-Z]+$/i.exec(c);
  if (m) {
    const lo = Number(m[1]);
    const hi = m[2] !== undefined ? Number(m[2]) : lo;
    return lo <= hi && hi <= 99 ? [lo, hi] : null;
  }
  const letters = /^([A-U])(?:\s*-\s*([A-U])|([A-U]))?$/.exec(c);
  if (letters) {
    const a = SECTIONS[letters[1]];
    const b = SECTIONS[letters[2] ?? letters[3] ?? letters[1]];
    return a[0] <= b[1] ? [a[0], b[1]] : null;
  }
  return null;
}

export interface SectorNesting {
  /** child code → parent code, for every code with a parent. */
  parent: SectorParent;
  /** The all-industries total's code, if the file has one (the tree's root, the area total). */
  total: string | null;
  /** Each level of the tree as the atlas would cut it (sector-tree cutCodes), from the top. */
  levels: string[][];
}

/**
 * The tree the codes form, or null when none nests in another. A code's parent is the code with
 * the narrowest span that holds its span, the broader kind first among equal spans: a section letter
 * over its divisions ("L (68)" over "68" and over "68IMP", which are siblings); the total
 * holds every other code. Codes with no span (the file's own names) stay at the top.
 */
export function detectSectorNesting(sectors: readonly { code: string; name: string }[]): SectorNesting | null {
  const total = sectors.find((s) => isTotalSector(s.code, s.name))?.code ?? null;
  const spans = sectors.map((s) => ({ code: s.code, span: s.code === total ? null : divisionSpan(s.code) }));
  // How "broad" a code is among equal spans: a section (letters) > plain divisions > a part ("68IMP").
  const rank = (code: string) =>
    /[A-Z]/.test(code.replace(/\d+[A-Z]+$/i, '')) ? 2 : /^\d+[A-Z]+$/i.test(code) ? 0 : 1;
  const parent: Record<string, string> = {};
  for (const c of spans) {
    if (!c.span) continue;
    let best: { code: string; width: number; rank: number } | null = null;
    for (const p of spans) {
      if (p === c || !p.span) continue;
      const [plo, phi] = p.span;
      const [clo, chi] = c.span;
      if (plo > clo || chi > phi) continue;
      const equal = plo === clo && phi === chi;
      if (equal && rank(p.code) <= rank(c.code)) continue;
      const width = phi - plo;
      const r = rank(p.code);
      if (!best || width < best.width || (width === best.width && r > best.rank))
        best = { code: p.code, width, rank: r };
    }
    if (best) parent[c.code] = best.code;
    else if (total !== null) parent[c.code] = total;
  }
  if (Object.keys(parent).length === 0) return null;
  // Codes the spans could not place go under the total too, so every level covers the whole.
  if (total !== null) for (const s of sectors) if (s.code !== total && !parent[s.code]) parent[s.code] = total;
  const tree = sectorTree(
    sectors.map((s) => s.code),
    parent,
  );
  const levels: string[][] = [];
  for (let level = 0; level < tree.levels; level++) {
    const cut = cutCodes(tree, { level });
    if (levels.length === 0 || cut.join('\n') !== levels[levels.length - 1].join('\n')) levels.push(cut);
  }
  return { parent, total, levels };
}

/** How a nested file is read: as its tree, or only one level of it (index into SectorNesting.levels). */
export type SectorChoice = 'tree' | number;

/**
 * The cube and words for the choice. The tree keeps every row, with totals from the tree (the
 * total row, else the top level), never the sum of every row; a level keeps only its sectors, whose
 * sum is then the total. Either way no parent is added to its children.
 */
export function applySectorChoice(
  cube: Cube,
  nesting: SectorNesting,
  choice: SectorChoice,
): { cube: Cube; sectorParent?: Record<string, string>; totals: string } {
  if (choice === 'tree') {
    const out = cubeWithSectorTree(cube, nesting.parent);
    const totals = nesting.total
      ? `Area totals are your file’s all-industries row (${nesting.total}), not the sum of every row: its sectors nest.`
      : `Area totals are the sum of the top level of your file’s sectors (${nesting.levels[0].join(', ')}), not of every row: its sectors nest.`;
    return { cube: out, sectorParent: { ...nesting.parent }, totals };
  }
  const codes = nesting.levels[choice] ?? nesting.levels[nesting.levels.length - 1];
  // Totals are recomputed over the kept sectors alone (the file's rows summed twice otherwise).
  const kept = cubeWithSectorTree(cubeOfSectors(cube, codes), {});
  const { sectorParent: _p, sectorExclude: _e, ...flat } = kept;
  return {
    cube: flat,
    totals: `Area totals are the sum of the ${codes.length} sectors of the level you chose; the other rows of your file, which overlap them, are not used.`,
  };
}
