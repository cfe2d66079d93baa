// The printed pack's page setup: A4 portrait, a running header with the area and the date, and
// page numbers, as CSS page margin boxes (the browser's own "Save as PDF" draws them).

/** A CSS string literal for text from the data: quotes and backslashes escaped, nothing that could end the style element. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\n\r\f<>]/g, ' ')}"`;
}

export function printHeaderCss(area: string, date: string): string {
  return `@media print {
  @page {
    size: A4 portrait;
    margin: 18mm 15mm 16mm;
    @top-left { content: ${cssString(`${area}: evidence pack`)}; font: 9pt system-ui, sans-serif; color: #505a5f; }
    @top-right { content: ${cssString(date)}; font: 9pt system-ui, sans-serif; color: #505a5f; }
    @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 9pt system-ui, sans-serif; color: #505a5f; }
    @bottom-left { content: "Specialisation Atlas"; font: 9pt system-ui, sans-serif; color: #505a5f; }
  }
}`;
}
