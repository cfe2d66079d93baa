// REF 2021 units of assessment (UoAs) and their four main panels. The data build writes each UoA's
// panel as DatasetMeta.sectorParent (UoA number → panel letter), so the sector control lists the 34
// subjects under four headings; PANEL_NAMES names those headings.

export type MainPanel = 'A' | 'B' | 'C' | 'D';
export const MAIN_PANELS: readonly MainPanel[] = ['A', 'B', 'C', 'D'];

export const PANEL_NAMES: Record<MainPanel, string> = {
  A: 'Panel A: medicine, health and life sciences',
  B: 'Panel B: physical sciences, engineering and mathematics',
  C: 'Panel C: social sciences',
  D: 'Panel D: arts and humanities',
};

/** REF 2021 main panel of a UoA number (1–6 A, 7–12 B, 13–24 C, 25–34 D); null outside 1–34. */
export function panelOfUoa(uoa: number): MainPanel | null {
  if (!Number.isInteger(uoa) || uoa < 1 || uoa > 34) return null;
  return uoa <= 6 ? 'A' : uoa <= 12 ? 'B' : uoa <= 24 ? 'C' : 'D';
}

/** sectorParent for a REF dataset: every UoA number → its panel letter. */
export function uoaPanelParents(uoas: readonly number[]): Record<string, string> {
  return Object.fromEntries(uoas.map((u) => [String(u), panelOfUoa(u)!]));
}

/** The heading of a panel letter, or the code itself. */
export function panelName(code: string): string {
  return PANEL_NAMES[code as MainPanel] ?? code;
}

/** Sector codes of a REF dataset ("1" … "34") grouped by panel, in code order; other codes are left out. */
export function groupByPanel<T extends { code: string }>(
  sectors: readonly T[],
): { panel: MainPanel; name: string; sectors: T[] }[] {
  const groups = MAIN_PANELS.map((panel) => ({ panel, name: PANEL_NAMES[panel], sectors: [] as T[] }));
  for (const s of sectors) {
    const p = panelOfUoa(Number(s.code));
    if (p) groups[MAIN_PANELS.indexOf(p)].sectors.push(s);
  }
  return groups.filter((g) => g.sectors.length > 0);
}
