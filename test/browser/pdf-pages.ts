// Reads just enough of a PDF written by Chromium to test a printed page: the page sizes, in page
// order, and on which page each link annotation sits. Tests mark the top and bottom of an element
// with links; both on one page means the element was not cut by a page break.

interface PdfObject {
  num: number;
  body: string;
}

function objects(pdf: string): Map<number, PdfObject> {
  const out = new Map<number, PdfObject>();
  const re = /(\d+) 0 obj\s*([\s\S]*?)endobj/g;
  for (let m = re.exec(pdf); m; m = re.exec(pdf)) out.set(Number(m[1]), { num: Number(m[1]), body: m[2] });
  return out;
}

const refs = (list: string) => [...list.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));

export interface PdfPage {
  /** Width and height in points (1/72 inch). */
  width: number;
  height: number;
  /** URIs of the link annotations on the page. */
  links: string[];
}

export function pdfPages(buffer: Buffer): PdfPage[] {
  const pdf = buffer.toString('latin1');
  const objs = objects(pdf);
  const root = [...objs.values()].find((o) => /\/Type\s*\/Pages\b/.test(o.body) && !/\/Parent\s/.test(o.body));
  if (!root) throw new Error('No page tree in the PDF');
  const pages: PdfPage[] = [];
  const walk = (o: PdfObject) => {
    if (/\/Type\s*\/Pages\b/.test(o.body)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(o.body);
      for (const k of refs(kids?.[1] ?? '')) walk(objs.get(k)!);
      return;
    }
    const box = /\/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]/.exec(o.body);
    const annots = /\/Annots\s*\[([^\]]*)\]/.exec(o.body);
    const links = refs(annots?.[1] ?? '').flatMap((a) => {
      const uri = /\/URI\s*\(([^)]*)\)/.exec(objs.get(a)?.body ?? '');
      return uri ? [uri[1]] : [];
    });
    pages.push({
      width: box ? Number(box[3]) - Number(box[1]) : NaN,
      height: box ? Number(box[4]) - Number(box[2]) : NaN,
      links,
    });
  };
  walk(root);
  return pages;
}
