// Issue 14, item 6: import edges. Fixtures written here; expected values worked by hand.
import { describe, expect, it } from 'vitest';
import { decodeBytes, encodingNote } from '../../src/lib/import/decode';
import { detectImport } from '../../src/lib/import/detect';

describe('text encodings', () => {
  it('reads a Windows-1252 file with accented letters instead of refusing it as binary', () => {
    // "Côte,Zoë,café" in Windows-1252: ô = 0xF4, ë = 0xEB, é = 0xE9 (single bytes, invalid as UTF-8).
    const bytes = new Uint8Array([0x43, 0xf4, 0x74, 0x65, 0x2c, 0x5a, 0x6f, 0xeb, 0x2c, 0x63, 0x61, 0x66, 0xe9]);
    expect(decodeBytes(bytes)).toEqual({ text: 'Côte,Zoë,café', encoding: 'Windows-1252' });
    expect(encodingNote('Windows-1252')).toMatch(/read as Windows-1252/);
  });

  it('keeps UTF-8 as UTF-8 (é is two bytes there) and says nothing about it', () => {
    expect(decodeBytes(new Uint8Array([0x63, 0x61, 0x66, 0xc3, 0xa9]))).toEqual({ text: 'café', encoding: 'UTF-8' });
    expect(encodingNote('UTF-8')).toBeNull();
  });

  it('Windows-1252 punctuation Excel writes (curly quotes, £, en dash) decodes to the right characters', () => {
    // 0x93 “ 0x94 ” 0xA3 £ 0x96 –
    expect(decodeBytes(new Uint8Array([0x93, 0xa3, 0x35, 0x96, 0x36, 0x94])).text).toBe('“£5–6”');
  });
});

describe('detection edges', () => {
  it('a first data row longer than the detection sample still counts as a data row', () => {
    const wide = Array.from({ length: 40_000 }, (_, i) => `c${i}`);
    const header = ['area_code', ...wide].join(',');
    const row = ['E06000001', ...wide.map((_, i) => String(i))].join(',');
    const text = `${header}\n${row}\n`;
    expect(text.length).toBeGreaterThan(1 << 18);
    const d = detectImport(text);
    expect(d.problems.map((p) => p.code)).not.toContain('no-data-rows');
    expect(d.preview).toHaveLength(1);
  });

  it('does not take "ITL region code" or lep_year_spec for area names', () => {
    const text =
      'ITL region code,ITL region name,lep_year_spec,Year,Value\n' +
      'TLC11,Hartlepool and Stockton-on-Tees,2017,2021,5\n' +
      'TLC12,South Teesside,2017,2021,6\n';
    const d = detectImport(text);
    expect(d.mapping.areaCode).toBe(0);
    expect(d.mapping.areaName).toBe(1);
  });
});

describe('Nomis markers: the importer reads them as the data build does', () => {
  it('every APS marker the data build knows means the same flag in an imported file (~ is withheld, not unreliable)', async () => {
    const { APS_MARKERS } = await import('../../scripts/lib/aps');
    const { VALUE_MARKERS } = await import('../../src/lib/data/parse-numbers');
    expect(Object.keys(APS_MARKERS).sort()).toEqual(['!', '-', '~']);
    for (const [marker, flag] of Object.entries(APS_MARKERS))
      expect([marker, VALUE_MARKERS.get(marker)]).toEqual([marker, flag]);
    // As the source README says: "~ estimate is less than 500" is withheld, so no value, and not a zero.
    expect(VALUE_MARKERS.get('~')).toBe('suppressed');
  });
});
