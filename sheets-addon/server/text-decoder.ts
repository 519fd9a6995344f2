import type { UtilitiesApi } from './apps-script-api.js';

/**
 * Apps Script has no TextDecoder, which reading uploaded CSV files needs. This one decodes
 * through `Utilities.newBlob(bytes).getDataAsString(charset)` (Java's charsets), for the labels
 * PlanGate's file reader uses; `fatal` UTF-8 is checked here, since Java would substitute U+FFFD.
 */
const CHARSETS: Record<string, string> = {
  'utf-8': 'UTF-8',
  utf8: 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  'windows-1252': 'windows-1252',
  'iso-8859-1': 'ISO-8859-1',
  latin1: 'ISO-8859-1',
  macintosh: 'x-MacRoman',
};

/** Lead and continuation bytes are well-formed (overlong and surrogate forms are not checked). */
function isValidUtf8(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    const extra =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (extra < 0 || i + extra >= bytes.length) return false;
    for (let k = 1; k <= extra; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return false;
    i += extra + 1;
  }
  return true;
}

export function blobTextDecoder(utilities: UtilitiesApi) {
  return class AppsScriptTextDecoder {
    readonly encoding: string;
    private readonly charset: string;
    private readonly fatal: boolean;
    constructor(label = 'utf-8', options: { fatal?: boolean } = {}) {
      const charset = CHARSETS[label.toLowerCase()];
      if (!charset) throw new RangeError(`The encoding "${label}" is not supported here.`);
      this.encoding = label.toLowerCase();
      this.charset = charset;
      this.fatal = options.fatal === true;
    }
    decode(input?: ArrayBufferView | ArrayBuffer): string {
      if (!input) return '';
      const bytes =
        input instanceof ArrayBuffer
          ? new Uint8Array(input)
          : new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
      if (this.fatal && this.charset === 'UTF-8' && !isValidUtf8(bytes))
        throw new TypeError('The encoded data was not valid for encoding utf-8');
      if (bytes.length === 0) return '';
      const signed = new Array<number>(bytes.length);
      for (let i = 0; i < bytes.length; i++) signed[i] = (bytes[i] << 24) >> 24;
      return utilities.newBlob(signed).getDataAsString(this.charset);
    }
  };
}

/** Installs the decoder as the global TextDecoder where the runtime has none (Apps Script). */
export function ensureTextDecoder(utilities: UtilitiesApi): void {
  const scope = globalThis as { TextDecoder?: unknown };
  if (typeof scope.TextDecoder === 'undefined') scope.TextDecoder = blobTextDecoder(utilities);
}
