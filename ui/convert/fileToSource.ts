import type { SourceRef } from '../../core/index.js';

/** An uploaded file as a SourceRef: its bytes in base64, chunked so large files do not overflow the stack. */
export async function fileToSource(file: File): Promise<SourceRef> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return { kind: 'file', fileName: file.name, content: btoa(binary) };
}

export function sourceName(source: SourceRef): string {
  return source.kind === 'sheet' ? `sheet "${source.sheet}"` : `file "${source.fileName}"`;
}
