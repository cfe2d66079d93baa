// Sectors that nest: a dataset may declare the parent of each sector code (DatasetMeta.sectorParent),
// as ONS GVA does (Total ⊃ production ⊃ manufacturing ⊃ food and drink …) and as REF does (main
// panel ⊃ unit of assessment). Overlapping rows must never be added together: a measure is computed
// over one "cut" of the tree, a set of sectors in which none is an ancestor of another and which
// together cover everything once. These are the rules; the cube and the views call them.
//
// A parent may have rows of its own (GVA publishes every level) or not (REF panels have none): the
// tree is made of the codes that have rows plus every parent named in the map.

/** child sector code → parent code. Codes without an entry are roots. */
export type SectorParent = Readonly<Record<string, string>>;

export interface SectorNode {
  code: string;
  /** Index of the parent node, -1 for a root. */
  parent: number;
  /** Child node indices, in the order the codes were given. */
  children: number[];
  /** 0 for a root. */
  depth: number;
  /** Whether the dataset has rows for this code (false for a parent that only groups others). */
  hasRows: boolean;
}

export interface SectorTree {
  nodes: SectorNode[];
  index: Map<string, number>;
  roots: number[];
  /** Number of levels: 1 for a flat list, 0 for no sectors. */
  levels: number;
}

/**
 * Build the tree from the codes that have rows (in display order) and the parent map. Parents that
 * have no rows are added after their first child's position is known (in first-mentioned order).
 * Throws on a cycle, since no level could be assigned and a sum over it would never end.
 */
export function sectorTree(codes: readonly string[], sectorParent?: SectorParent): SectorTree {
  const nodes: SectorNode[] = [];
  const index = new Map<string, number>();
  const add = (code: string, hasRows: boolean) => {
    let i = index.get(code);
    if (i === undefined) {
      i = nodes.length;
      index.set(code, i);
      nodes.push({ code, parent: -1, children: [], depth: 0, hasRows });
    } else if (hasRows) nodes[i].hasRows = true;
    return i;
  };
  for (const c of codes) add(c, true);
  if (sectorParent) {
    // Parents without rows, in the order they are first named by a child.
    for (const c of codes) {
      let p = sectorParent[c];
      const seen = new Set<string>([c]);
      while (p !== undefined && !seen.has(p)) {
        seen.add(p);
        add(p, false);
        p = sectorParent[p];
      }
    }
    for (const node of nodes) {
      const p = sectorParent[node.code];
      if (p === undefined) continue;
      if (p === node.code) throw new Error(`Sector "${node.code}" is given as its own parent.`);
      node.parent = index.get(p)!;
    }
  }
  for (let i = 0; i < nodes.length; i++) if (nodes[i].parent >= 0) nodes[nodes[i].parent].children.push(i);
  const roots: number[] = [];
  let levels = 0;
  for (let i = 0; i < nodes.length; i++) {
    // Depth by walking up; a walk longer than the node count is a cycle.
    let d = 0;
    for (let p = nodes[i].parent; p >= 0; p = nodes[p].parent) {
      if (++d > nodes.length)
        throw new Error(`Sector "${nodes[i].code}" is its own ancestor: the sector hierarchy has a cycle.`);
    }
    nodes[i].depth = d;
    if (d === 0) roots.push(i);
    levels = Math.max(levels, d + 1);
  }
  return { nodes, index, roots, levels };
}

/** Whether the dataset's sectors nest (some code has a parent). */
export function isNested(tree: SectorTree): boolean {
  return tree.levels > 1;
}

/** Codes with no children. */
export function leafCodes(tree: SectorTree): string[] {
  return tree.nodes.filter((n) => n.children.length === 0).map((n) => n.code);
}

/** Codes at exactly depth `level` (0 = roots). */
export function codesAtLevel(tree: SectorTree, level: number): string[] {
  return tree.nodes.filter((n) => n.depth === level).map((n) => n.code);
}

/** Whether `ancestor` is a proper ancestor of `code`. */
export function isAncestor(tree: SectorTree, ancestor: string, code: string): boolean {
  const a = tree.index.get(ancestor);
  const c = tree.index.get(code);
  if (a === undefined || c === undefined) return false;
  for (let p = tree.nodes[c].parent; p >= 0; p = tree.nodes[p].parent) if (p === a) return true;
  return false;
}

/** Codes from a root down to `code` (inclusive): ['Total', 'A-E', 'C (10-33)'] for manufacturing. */
export function pathTo(tree: SectorTree, code: string): string[] {
  const out: string[] = [];
  for (let i = tree.index.get(code) ?? -1; i >= 0; i = tree.nodes[i].parent) out.unshift(tree.nodes[i].code);
  return out;
}

/** Child codes of `code`; of the roots when `code` is null. */
export function childCodes(tree: SectorTree, code: string | null): string[] {
  if (code === null) return tree.roots.map((i) => tree.nodes[i].code);
  const i = tree.index.get(code);
  return i === undefined ? [] : tree.nodes[i].children.map((c) => tree.nodes[c].code);
}

/** Which sectors a measure is computed over: one level of the tree, or its leaves. */
export type SectorCut = { level: number } | 'leaves';

/**
 * The sectors a total, share or LQ may be computed over: no code in the result is an ancestor of
 * another, and together they cover the whole tree once (minus `exclude`). "Level d" takes every
 * sector at depth d plus any leaf above it (a section with no divisions stands in for itself), so
 * every level adds up to the same total. A sector in `exclude` is left out with everything under
 * it, and every ancestor of an excluded sector is replaced by its other children, since the
 * ancestor's own figure includes what was excluded (Total minus imputed rent = its other parts).
 * In tree order (depth first).
 */
export function cutCodes(tree: SectorTree, cut: SectorCut, exclude: readonly string[] = []): string[] {
  const excluded = new Set<number>();
  for (const c of exclude) {
    const i = tree.index.get(c);
    if (i !== undefined) excluded.add(i);
  }
  // Nodes that hold an excluded sector somewhere below them cannot be taken whole.
  const holdsExcluded = new Set<number>();
  for (const i of excluded) for (let p = tree.nodes[i].parent; p >= 0; p = tree.nodes[p].parent) holdsExcluded.add(p);
  const deep = cut === 'leaves' ? Infinity : cut.level;
  const out: string[] = [];
  const walk = (i: number) => {
    if (excluded.has(i)) return;
    const n = tree.nodes[i];
    if (n.children.length === 0 || (n.depth >= deep && !holdsExcluded.has(i))) out.push(n.code);
    else for (const c of n.children) walk(c);
  };
  for (const r of tree.roots) walk(r);
  return out;
}

/**
 * The value of one sector for one area and year, using its own row when it has a published figure
 * and the sum of its children otherwise (a parent with no rows, or one whose cell is missing).
 * `missing` counts the sectors that had no figure and no children to stand in for them; a value
 * with missing > 0 is a partial sum (NaN when nothing at all was found).
 */
export function rollUp(
  tree: SectorTree,
  code: string,
  valueOf: (code: string) => number,
): { value: number; missing: number } {
  const i = tree.index.get(code);
  if (i === undefined) return { value: NaN, missing: 1 };
  let sum = 0;
  let found = 0;
  let missing = 0;
  const walk = (j: number) => {
    const n = tree.nodes[j];
    const v = n.hasRows ? valueOf(n.code) : NaN;
    if (v === v) {
      sum += v;
      found++;
    } else if (n.children.length === 0) missing++;
    else for (const c of n.children) walk(c);
  };
  walk(i);
  return { value: found > 0 ? sum : NaN, missing };
}

/**
 * An area's total over the whole tree minus `exclude`. Published aggregates are preferred to sums
 * of their parts, so a suppressed division does not make the total partial when its section is
 * published: the total is the roots' figures (each rolled up from its children when missing) less
 * the excluded sectors' figures (all industries less imputed rent), and only when an excluded
 * figure is missing is it the sum over the level-0 cut without them.
 */
export function treeTotal(
  tree: SectorTree,
  valueOf: (code: string) => number,
  exclude: readonly string[] = [],
): { value: number; missing: number } {
  const sumOf = (codes: readonly string[]) => {
    let sum = 0;
    let found = 0;
    let missing = 0;
    for (const code of codes) {
      const r = rollUp(tree, code, valueOf);
      if (r.value === r.value) {
        sum += r.value;
        found++;
      }
      missing += r.missing;
    }
    return { value: found > 0 ? sum : NaN, missing };
  };
  const whole = sumOf(tree.roots.map((i) => tree.nodes[i].code));
  // Excluded sectors that are in the tree and not inside another excluded one.
  const outer = exclude.filter((c) => tree.index.has(c) && !exclude.some((o) => o !== c && isAncestor(tree, o, c)));
  if (outer.length === 0) return whole;
  const less = sumOf(outer);
  if (whole.missing === 0 && less.missing === 0 && whole.value === whole.value)
    return { value: whole.value - less.value, missing: 0 };
  return sumOf(cutCodes(tree, { level: 0 }, exclude));
}

export interface SectorOption {
  code: string;
  name: string;
  /** 0 for a root. */
  depth: number;
  /** Left out of totals and measures (imputed rent in the default GVA reading). */
  excluded: boolean;
}

/**
 * The sector picker's entries in tree order (each parent followed by its children, depth first),
 * with their depth for indenting. A flat list comes back in its own order at depth 0. Parents
 * without rows are not listed (there is nothing to show for them); their children keep their depth.
 */
export function sectorOptions(
  sectors: readonly { code: string; name: string }[],
  sectorParent?: SectorParent,
  exclude: readonly string[] = [],
): SectorOption[] {
  const tree = sectorTree(
    sectors.map((s) => s.code),
    sectorParent,
  );
  const names = new Map(sectors.map((s) => [s.code, s.name]));
  const out: SectorOption[] = [];
  const excluded = (i: number): boolean => {
    for (let p = i; p >= 0; p = tree.nodes[p].parent) if (exclude.includes(tree.nodes[p].code)) return true;
    return false;
  };
  const walk = (i: number) => {
    const n = tree.nodes[i];
    if (n.hasRows) out.push({ code: n.code, name: names.get(n.code) ?? n.code, depth: n.depth, excluded: excluded(i) });
    for (const c of n.children) walk(c);
  };
  for (const r of tree.roots) walk(r);
  return out;
}

/** A picker label: indented by depth with non-breaking spaces (a <select> keeps them), marked when left out. */
export function sectorOptionLabel(o: SectorOption, selected = false): string {
  // The closed <select> shows the chosen option's own text: no indent there, or the name would be
  // pushed out of the box behind blank space (the open list keeps the tree's indents).
  return '\u00a0\u00a0\u00a0'.repeat(selected ? 0 : o.depth) + o.name + (o.excluded ? ' (left out of totals)' : '');
}
