/**
 * Turning the bytes of a text export (CSV, TSV, TXT) into a string.
 *
 * Order of decisions: a byte-order mark wins (UTF-8, UTF-16LE, UTF-16BE); then bytes that are
 * valid UTF-8 are UTF-8; otherwise the file is single-byte and we choose between Windows-1252
 * (a superset of ISO-8859-1 for printable text) and Mac Roman with `guessSingleByte`.
 * Browser-safe: only TextDecoder, which Node and browsers both ship with these labels.
 */
export type TextEncodingName =
  'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'iso-8859-1' | 'macintosh';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  bom: boolean;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', bom: true };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true };
  }
  const utf16 = guessBomlessUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, bom: false };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', bom: false };
  } catch {
    const encoding = guessSingleByte(bytes);
    const label = encoding === 'macintosh' ? 'macintosh' : 'windows-1252';
    return { text: new TextDecoder(label).decode(bytes), encoding, bom: false };
  }
}

/**
 * UTF-16 without a BOM: text exports are mostly ASCII, so every other byte is 0. Requires a
 * clear majority of zero bytes on one side and almost none on the other.
 */
function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D have no character in Windows-1252; Mac Roman uses them for letters. */
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** The characters of bytes 0x80–0xFF under one single-byte encoding. */
function highHalf(label: string): string[] {
  const bytes = Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i);
  return Array.from(new TextDecoder(label).decode(bytes));
}

/**
 * Windows-1252/ISO-8859-1 or Mac Roman, by which reading turns the high bytes into letters
 * that fit the word around them. Each byte ≥ 0x80 next to an ASCII letter votes for every
 * encoding in which it decodes to a letter of the right case: beside lowercase letters it must
 * be lowercase. Latin-1 "ä" (0xE4) is "‰" in Mac Roman; Mac Roman "ä" (0x8A) is "Š" in
 * Windows-1252, an uppercase letter that does not belong inside "Märkte". Bytes undefined in
 * Windows-1252 are a strong Mac Roman vote. Ties go to Windows-1252, by far the more common
 * export encoding. Reports `iso-8859-1` when no byte falls in 0x80–0x9F, where they differ.
 */
export function guessSingleByte(bytes: Uint8Array): 'windows-1252' | 'iso-8859-1' | 'macintosh' {
  const w = highHalf('windows-1252');
  const m = highHalf('macintosh');
  const lower = /^\p{Ll}$/u;
  const upperOrLower = /^[\p{Lu}\p{Ll}]$/u;
  let winScore = 0;
  let macScore = 0;
  let c1Bytes = 0;
  const isAsciiLetter = (b: number | undefined): boolean =>
    b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));
  const isAsciiLower = (b: number | undefined): boolean => b !== undefined && b >= 0x61 && b <= 0x7a;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    if (b < 0xa0) c1Bytes++;
    if (UNDEFINED_IN_1252.has(b)) {
      macScore += 3;
      continue;
    }
    const before = bytes[i - 1];
    const after = bytes[i + 1];
    if (!isAsciiLetter(before) && !isAsciiLetter(after)) continue;
    const lowerContext = isAsciiLower(before) || isAsciiLower(after);
    const fits = (ch: string): boolean => (lowerContext ? lower.test(ch) : upperOrLower.test(ch));
    if (fits(w[b - 0x80])) winScore++;
    if (fits(m[b - 0x80])) macScore++;
  }
  if (macScore > winScore) return 'macintosh';
  return c1Bytes === 0 ? 'iso-8859-1' : 'windows-1252';
}
