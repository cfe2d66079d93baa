// The evidence pack as a Word document (docx library, loaded on demand with this module): the same
// headings, sentences and lists as on screen, charts as images with alt text, tables as real Word
// tables, the sources, and a running header with the area and date and page numbers.
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import type { Block, Pack, PackTable } from './types';
import { cellText } from './cells';
import { placedScale } from './docx-size';

/** A chart rendered to PNG, by block key ("good-3"). */
export interface ChartImage {
  png: Uint8Array;
  /** CSS pixels. */
  width: number;
  height: number;
}

/** Sections that follow the one before on its page (the rest start a new page). */
const FLOWS_ON = new Set(['summary', 'caveats', 'sources']);

function table(t: PackTable): FileChild[] {
  const header = new TableRow({
    tableHeader: true,
    children: t.columns.map(
      (c) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: c, bold: true })] })] }),
    ),
  });
  const rows = t.rows.map(
    (r) =>
      new TableRow({
        children: r.map(
          (v, i) =>
            new TableCell({
              children: [
                new Paragraph({
                  text: cellText(v, t.digits[i]),
                  alignment: typeof v === 'number' ? AlignmentType.RIGHT : AlignmentType.LEFT,
                }),
              ],
            }),
        ),
      }),
  );
  return [
    new Paragraph({ children: [new TextRun({ text: t.caption, bold: true })], keepNext: true }),
    new Table({ rows: [header, ...rows], width: { size: 100, type: WidthType.PERCENTAGE } }),
    new Paragraph({ text: '' }),
  ];
}

function block(b: Block, key: string, images: ReadonlyMap<string, ChartImage>): FileChild[] {
  switch (b.kind) {
    case 'heading':
      return [new Paragraph({ text: b.text, heading: HeadingLevel.HEADING_3 })];
    case 'claim':
      return [new Paragraph({ text: b.claim.text, spacing: { after: 120 } })];
    case 'text':
      return [new Paragraph({ text: b.text, spacing: { after: 120 } })];
    case 'empty':
      return [new Paragraph({ children: [new TextRun({ text: b.text, italics: true })], spacing: { after: 120 } })];
    case 'list':
      return b.items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }));
    case 'table':
      return table(b.table);
    case 'chart': {
      const img = images.get(key);
      const title = new Paragraph({ children: [new TextRun({ text: b.title, bold: true })], keepNext: true });
      if (!img)
        return [
          title,
          new Paragraph({ children: [new TextRun({ text: `[Chart not available: ${b.alt}]`, italics: true })] }),
        ];
      const scale = placedScale(img.width);
      return [
        title,
        new Paragraph({
          children: [
            new ImageRun({
              type: 'png',
              data: img.png,
              transformation: { width: Math.round(img.width * scale), height: Math.round(img.height * scale) },
              altText: { name: b.title, title: b.title, description: b.alt },
            }),
          ],
        }),
      ];
    }
  }
}

export function packDocument(pack: Pack, images: ReadonlyMap<string, ChartImage>): Document {
  const children: FileChild[] = [
    new Paragraph({ text: pack.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ text: `${pack.area.kind} · ${pack.area.code} · ${pack.date}` }),
  ];
  for (const s of pack.sections) {
    children.push(
      // As in print: each part on a new page, the caveats and sources following the methods.
      new Paragraph({ text: s.title, heading: HeadingLevel.HEADING_1, pageBreakBefore: !FLOWS_ON.has(s.id) }),
    );
    s.blocks.forEach((b, i) => children.push(...block(b, `${s.id}-${i}`, images)));
  }
  const small = (text: string) => new TextRun({ text, size: 18, color: '505A5F' });
  return new Document({
    title: pack.title,
    creator: 'Specialisation Atlas',
    description: `Evidence pack for ${pack.area.name}, made ${pack.date}`,
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } },
        },
        headers: {
          default: new Header({ children: [new Paragraph({ children: [small(`${pack.title} · ${pack.date}`)] })] }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
                    size: 18,
                    color: '505A5F',
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}

export function packDocx(pack: Pack, images: ReadonlyMap<string, ChartImage>): Promise<Blob> {
  return Packer.toBlob(packDocument(pack, images));
}
