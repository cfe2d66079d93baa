// The one CSV quoting rule (RFC 4180), for every CSV the atlas writes: the canonical data CSV
// (write-csv.ts), the view and chart downloads (export/csv-cell.ts) and the importer's rejected rows.

/**
 * A cell quoted only when a reader would otherwise split, merge or trim it: when it holds a comma,
 * a double quote, CR or LF, or starts or ends with a space or control character. Inner quotes are
 * doubled. The text is otherwise written exactly (formula neutralising is export/csv-cell.ts's job).
 */
export function quoteCsv(s: string): string {
  const n = s.length;
  if (n === 0) return s;
  // A loop rather than a regular expression: the data build quotes millions of cells.
  let needs = s.charCodeAt(0) <= 32 || s.charCodeAt(n - 1) <= 32;
  for (let i = 0; !needs && i < n; i++) {
    const c = s.charCodeAt(i);
    needs = c === 44 /* , */ || c === 34 /* " */ || c === 10 /* \n */ || c === 13; /* \r */
  }
  return needs ? '"' + s.replace(/"/g, '""') + '"' : s;
}
