// Words for the comparison chart: a title that reads as a sentence however many areas are compared,
// and column heads that wrap full names onto lines rather than cut them ("Greate…").

/** "A", "A and B", "A, B and C". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * "Cumbria LEP compared with England and Lancashire LEP: location quotients, 2022": the profiled
 * area first, then the benchmark (its line at 1) and the areas compared with it, in one list.
 */
export function compareTitle(areas: readonly string[], benchmark: string, year: string): string {
  const [first, ...others] = areas;
  return `${first} compared with ${listInWords([benchmark, ...others])}: location quotients, ${year}`;
}

/**
 * Splits a name into lines of at most `maxChars` characters at spaces (a word longer than that gets
 * a line of its own, whole: names are never cut).
 */
export function wrapWords(name: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of name.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
