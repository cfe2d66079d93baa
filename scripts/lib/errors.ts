// A problem in a source file that stops the data build. The message always names the file and,
// where it applies, the spreadsheet row (header = row 1) and the column.

export class SourceError extends Error {
  readonly file: string;
  readonly row: number | null;
  readonly column: string | null;

  constructor(file: string, detail: string, row: number | null = null, column: string | null = null) {
    super(formatWhere(file, row, column) + detail);
    this.name = 'SourceError';
    this.file = file;
    this.row = row;
    this.column = column;
  }
}

function formatWhere(file: string, row: number | null, column: string | null): string {
  let where = file;
  if (row !== null) where += `, row ${row}`;
  if (column !== null) where += `, column "${column}"`;
  return where + ': ';
}

/** Collects non-fatal notes for the build log (scope filters, name differences, …). */
export class BuildLog {
  readonly lines: string[] = [];
  constructor(private readonly echo: (line: string) => void = () => {}) {}
  note(line: string): void {
    this.lines.push(line);
    this.echo(line);
  }
}
