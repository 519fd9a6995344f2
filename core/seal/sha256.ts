/**
 * SHA-256 as lower-case hex, identical in browsers, Node and Apps Script: `@noble/hashes` is
 * plain JavaScript, and the text is UTF-8 encoded by `utf8Bytes` rather than `TextEncoder`.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { utf8Bytes } from './utf8.js';

export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8Bytes(text)));
}
