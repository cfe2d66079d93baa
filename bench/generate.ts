// A synthetic canonical CSV of a given size, shaped like real audit data (GSS-like codes, names with
// commas that need quoting, some suppressed cells and CIs). Seeded, so every run parses the same text.

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateCanonicalCsv(areas: number, sectors: number, years: number, seed = 1): string {
  const rand = mulberry32(seed);
  const parts: string[] = ['area_code,area_name,sector_code,sector_name,year,value,flag,ci95\n'];
  const areaCodes = Array.from({ length: areas }, (_, i) => `E0${6 + (i % 4)}${String(100000 + i).padStart(6, '0')}`);
  const areaNames = Array.from({ length: areas }, (_, i) => (i % 5 === 0 ? `"Area ${i}, North"` : `Area ${i}`));
  const sectorNames = Array.from({ length: sectors }, (_, s) => (s % 3 === 0 ? `"Sector ${s}, other"` : `Sector ${s}`));
  for (let y = 0; y < years; y++) {
    const year = String(1980 + y);
    for (let s = 0; s < sectors; s++) {
      for (let a = 0; a < areas; a++) {
        const r = rand();
        let value: string;
        let flag = '';
        let ci = '';
        if (r < 0.03) {
          value = '';
          flag = 'suppressed';
        } else {
          value = String(Math.floor(rand() * 50000));
          if (r > 0.5) ci = String(Math.floor(rand() * 900));
        }
        parts.push(`${areaCodes[a]},${areaNames[a]},${s + 1},${sectorNames[s]},${year},${value},${flag},${ci}\n`);
      }
    }
  }
  return parts.join('');
}
