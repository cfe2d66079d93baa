// The LEP layer's SVG path data, worked out once by the data build (boundaries.lep-paths.json), so the
// first map draws its 38 LEPs, the overlap stripes and England's outline without projecting a single
// arc in the browser. The strings are the ones Boundaries.paths gives in the default frame; a file that
// does not fit the topology and frame it is offered with (another build, another frame) is not used,
// and the paths are worked out as before.

export const LEP_PATHS_VERSION = 1;

/** What the data build writes: each layer as [code, path data] in the topology's order. */
export interface LepPathsFile {
  version: number;
  /** The topology's bounding box and arc count: which file the paths were made from. */
  bbox: number[];
  arcs: number;
  /** The frame they were drawn in (MapFrame's width and height). */
  width: number;
  height: number;
  leps: [string, string][];
  shared: [string, string][];
  outline: string;
  /** The frame's projection (mapFrame's scale and translate), so the first map need not fit it; absent in older files. */
  scale?: number;
  translate?: [number, number];
}

/** The frame the file was drawn in, when it was made from a topology with this bounding box and arc count and records its projection; else null. */
export function storedFrame(
  file: unknown,
  at: { bbox: readonly number[]; arcs: number; width: number },
): { scale: number; translate: [number, number]; height: number } | null {
  const f = file as Partial<LepPathsFile> | null;
  if (!f || typeof f !== 'object' || f.version !== LEP_PATHS_VERSION) return null;
  if (!sameBox(f.bbox, at.bbox) || f.arcs !== at.arcs || f.width !== at.width) return null;
  const { scale, translate, height } = f;
  const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
  if (!finite(scale) || !finite(height) || !Array.isArray(translate) || translate.length !== 2) return null;
  if (!finite(translate[0]) || !finite(translate[1])) return null;
  return { scale, translate: [translate[0], translate[1]], height };
}

const sameBox = (a: unknown, b: readonly number[]) =>
  Array.isArray(a) && a.length === b.length && a.every((v, i) => v === b[i]);

export interface PrecomputedPaths {
  leps: Map<string, string> | null;
  shared: Map<string, string> | null;
  outline: string;
}

/** The file's paths when it was made from this topology in this frame, with each layer only if it lists exactly these areas; else null. */
export function fittingPaths(
  file: unknown,
  at: {
    bbox: readonly number[];
    arcs: number;
    width: number;
    height: number;
    leps: readonly string[];
    shared: readonly string[];
  },
): PrecomputedPaths | null {
  const f = file as Partial<LepPathsFile> | null;
  if (!f || typeof f !== 'object' || f.version !== LEP_PATHS_VERSION) return null;
  if (!sameBox(f.bbox, at.bbox) || f.arcs !== at.arcs || f.width !== at.width || f.height !== at.height) return null;
  if (typeof f.outline !== 'string') return null;
  return { leps: layer(f.leps, at.leps), shared: layer(f.shared, at.shared), outline: f.outline };
}

function layer(entries: unknown, codes: readonly string[]): Map<string, string> | null {
  if (!Array.isArray(entries) || entries.length !== codes.length) return null;
  const out = new Map<string, string>();
  for (let i = 0; i < codes.length; i++) {
    const e = entries[i] as unknown;
    if (!Array.isArray(e) || e[0] !== codes[i] || typeof e[1] !== 'string') return null;
    out.set(codes[i], e[1]);
  }
  return out;
}
