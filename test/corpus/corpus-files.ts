import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readWorkbookFile, type FileWorkbookRead } from '../../io/read-workbook-file.js';

/** The shared corpus beside the repository (`../shared/corpus` from the repo root). */
export const CORPUS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'corpus');
export const hasCorpus = existsSync(CORPUS);

export async function readCorpus(fileName: string): Promise<FileWorkbookRead> {
  return readWorkbookFile(fileName, new Uint8Array(readFileSync(join(CORPUS, fileName))));
}

export function planTotal(plan: Float64Array): number {
  let sum = 0;
  for (const v of plan) if (!Number.isNaN(v)) sum += v;
  return sum;
}

/** Sum of the initiatives' plans, rounded to cents (phasing splits years into cents). */
export function portfolioTotal(initiatives: { plan: Float64Array }[]): number {
  return Math.round(initiatives.reduce((s, i) => s + planTotal(i.plan), 0) * 100) / 100;
}
