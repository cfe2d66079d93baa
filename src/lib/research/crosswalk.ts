// REF 2014 → REF 2021 units of assessment, for "change since REF 2014". REF 2021 kept most units and
// renumbered them, with two structural changes:
//  - the four 2014 engineering units (12 Aeronautical, Mechanical, Chemical and Manufacturing
//    Engineering; 13 Electrical and Electronic Engineering, Metallurgy and Materials; 14 Civil and
//    Construction Engineering; 15 General Engineering) became one, 2021 UoA 12 Engineering;
//  - 2014 UoA 17 Geography, Environmental Studies and Archaeology split into 2021 UoA 14 Geography and
//    Environmental Studies and 2021 UoA 15 Archaeology. A 2014 submission cannot be divided between
//    them, so change is measured for the two 2021 units together ("14+15").
// Every other 2014 unit n ≥ 16 is 2021 unit n − 2 (16 Architecture → 13, 18 Economics → 16, …, 36
// Communication, Cultural and Media Studies → 34); units 1–11 keep their numbers.

/** A comparable group: the 2021 units and the 2014 units that together cover the same subject. */
export interface CrosswalkGroup {
  /** "12", or "14+15" for the split geography and archaeology. */
  key: string;
  uoa2021: number[];
  uoa2014: number[];
  /** Why the group is what it is, for the user. */
  note: string;
}

/** The 2021 unit (or units) a 2014 unit maps to. Throws on a number outside 1–36. */
export function uoa2014To2021(uoa2014: number): number[] {
  if (!Number.isInteger(uoa2014) || uoa2014 < 1 || uoa2014 > 36)
    throw new RangeError(`REF 2014 has no unit of assessment ${uoa2014}.`);
  if (uoa2014 <= 11) return [uoa2014];
  if (uoa2014 <= 15) return [12];
  if (uoa2014 === 16) return [13];
  if (uoa2014 === 17) return [14, 15];
  return [uoa2014 - 2];
}

/** Every comparable group, in 2021 order: 33 groups covering all 34 2021 units and all 36 2014 units. */
export function crosswalkGroups(): CrosswalkGroup[] {
  const groups = new Map<string, CrosswalkGroup>();
  for (let u = 1; u <= 36; u++) {
    const to = uoa2014To2021(u);
    const key = to.join('+');
    let g = groups.get(key);
    if (!g) {
      const note =
        to.length > 1
          ? 'REF 2014 UoA 17 Geography, Environmental Studies and Archaeology split into two units in 2021; compared together.'
          : to[0] === 12
            ? 'The four REF 2014 engineering units (12–15) became one unit, Engineering, in 2021.'
            : `REF 2014 UoA ${u} is REF 2021 UoA ${to[0]}.`;
      g = { key, uoa2021: to, uoa2014: [], note };
      groups.set(key, g);
    }
    g.uoa2014.push(u);
  }
  return [...groups.values()].sort((a, b) => a.uoa2021[0] - b.uoa2021[0]);
}

/** The comparable group key of a 2021 unit: "14+15" for 14 and 15, else the number itself. */
export function groupKeyOf2021(uoa2021: number): string {
  return uoa2021 === 14 || uoa2021 === 15 ? '14+15' : String(uoa2021);
}
