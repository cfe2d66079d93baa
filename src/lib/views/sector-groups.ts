// The sector control's headings: sectors grouped under their parent (DatasetMeta.sectorParent), so a
// long list (REF's 34 units of assessment under its four main panels) stays usable.
import type { Sector } from '../data/types';

export interface SectorGroup {
  /** The parent's code ('' for sectors without one). */
  code: string;
  name: string;
  sectors: Sector[];
}

/**
 * Sectors grouped by parent, groups in the order their first sector appears; null when there is no
 * parent map or every sector has the same parent (a heading would add nothing). A parent that is itself
 * a sector is listed under its own heading; `parentName` names parents that are not (REF panels).
 */
export function sectorGroups(
  sectors: readonly Sector[],
  sectorParent: Readonly<Record<string, string>> | undefined,
  parentName: (code: string) => string = (c) => c,
): SectorGroup[] | null {
  if (!sectorParent) return null;
  const names = new Map(sectors.map((s) => [s.code, s.name]));
  const groups = new Map<string, SectorGroup>();
  for (const s of sectors) {
    const parent = sectorParent[s.code] ?? '';
    let g = groups.get(parent);
    if (!g) {
      const name = parent === '' ? 'Other' : (names.get(parent) ?? parentName(parent));
      groups.set(parent, (g = { code: parent, name, sectors: [] }));
    }
    g.sectors.push(s);
  }
  return groups.size > 1 ? [...groups.values()] : null;
}
