// Research income in the pack is the five financial years of UKRI awards added up, as in the area
// profile's science base: one year's awards swing with a few large grants (Oxfordshire's EPSRC awards
// were £24m in 2018/19 and £68m in 2019/20), and a place can win nothing in the latest year alone.
import type { AuditRow, Cube } from '../data/types';
import { buildCube, cellValue } from '../data/cube';

/** The period a pooled cube's one year stands for: "2015/16 to 2019/20". */
export function pooledLabel(years: readonly string[]): string {
  return years.length > 1 ? `${years[0]} to ${years[years.length - 1]}` : (years[0] ?? '');
}

/**
 * A cube of one period whose cells are the sums of each cell's years. A cell unknown in any year is
 * unknown (missing is never taken as zero). A cube of one year is returned as it is.
 */
export function poolYears(cube: Cube): Cube {
  if (cube.years.length < 2) return cube;
  const year = pooledLabel(cube.years);
  const rows: AuditRow[] = [];
  cube.areas.forEach((area, a) =>
    cube.sectors.forEach((sector, s) => {
      let sum = 0;
      for (let y = 0; y < cube.years.length; y++) sum += cellValue(cube, a, s, y);
      const known = Number.isFinite(sum);
      rows.push({
        areaCode: area.code,
        areaName: area.name,
        sectorCode: sector.code,
        sectorName: sector.name,
        year,
        value: known ? sum : null,
        flag: known ? null : 'missing',
        ci95: null,
        row: rows.length + 2,
      });
    }),
  );
  const pooled = buildCube(rows);
  return {
    ...pooled,
    ...(cube.sectorParent ? { sectorParent: cube.sectorParent } : {}),
    ...(cube.sectorExclude ? { sectorExclude: cube.sectorExclude } : {}),
  };
}
