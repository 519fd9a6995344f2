import CFB from 'cfb';
import { zipBytes } from './zip-bytes.js';

const text = (s: string): Uint8Array => new TextEncoder().encode(s);

/** The parts every .xlsx has, so a bomb looks like a workbook until its sheet is unpacked. */
const WORKBOOK_PARTS = [
  { name: '[Content_Types].xml', content: text('<?xml version="1.0"?><Types/>') },
  { name: 'xl/workbook.xml', content: text('<?xml version="1.0"?><workbook/>') },
];

/**
 * An .xlsx saved with a password as Excel stores it: an OLE (CFB) container holding
 * `EncryptionInfo` and the encrypted zip as `EncryptedPackage`.
 */
export function encryptedXlsx(): Uint8Array {
  const container = CFB.utils.cfb_new();
  CFB.utils.cfb_add(container, '/EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
  CFB.utils.cfb_add(container, '/EncryptedPackage', Buffer.alloc(4096, 0x5a));
  return new Uint8Array(CFB.write(container, { type: 'buffer' }) as Buffer);
}

/** A sheet part that unpacks to `mb` megabytes of blanks from a few kilobytes, sizes told truly. */
export function honestBomb(mb: number): Uint8Array {
  return zipBytes([
    ...WORKBOOK_PARTS,
    { name: 'xl/worksheets/sheet1.xml', content: new Uint8Array(mb * 1024 * 1024).fill(0x20) },
  ]);
}

/** A bomb that lies: its directory says its sheet unpacks to 1 KB, the sheet unpacks to `mb` megabytes. */
export function lyingBomb(mb: number): Uint8Array {
  return zipBytes([
    ...WORKBOOK_PARTS,
    {
      name: 'xl/worksheets/sheet1.xml',
      content: new Uint8Array(mb * 1024 * 1024).fill(0x20),
      declaredSize: 1024,
    },
  ]);
}

/** Parts whose directory claims more unpacked bytes in all than PlanGate reads (1 GB). */
export function oversizedParts(): Uint8Array {
  return zipBytes([
    ...WORKBOOK_PARTS,
    ...Array.from({ length: 40 }, (_, i) => ({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      content: text('<worksheet/>'),
      declaredSize: 30 * 1024 * 1024,
    })),
  ]);
}

/** A zip whose parts are encrypted (a password-protected zip renamed .xlsx). */
export function encryptedZip(): Uint8Array {
  return zipBytes(WORKBOOK_PARTS.map((p) => ({ ...p, encrypted: true })));
}

/**
 * 50 cut points in `size` bytes: twelve inside the first zip entry (10–380 bytes, where the
 * reader used to loop for ever), the rest spread evenly up to the last byte.
 */
export function cutPoints(size: number): number[] {
  const early = [10, 22, 30, 45, 60, 90, 120, 160, 200, 260, 320, 380];
  const rest = Array.from({ length: 38 }, (_, i) => Math.floor(400 + ((size - 401) * (i + 1)) / 38));
  return [...new Set([...early, ...rest])].filter((n) => n < size);
}
