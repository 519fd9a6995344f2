import type { Initiative } from '../model/initiative.js';
import type { Mapping } from '../model/mapping.js';
import { cellText, foldText } from './cell-text.js';
import { valueColumnsOf } from './classify-rows.js';
import type { SheetView } from './sheet-view.js';
import { derivedId } from './stable-id.js';
import type { TableFrame } from './table-frame.js';

interface Named {
  initiative: Initiative;
  /** 0-based sheet row. */
  row: number;
}

/** Mapped fields that are labels of the row, so they may also tell rows apart (people, dates and numbers may not). */
const LABEL_FIELDS = new Set(['keys', 'workstream', 'client', 'impactType', 'kpi', 'unit']);

/** Below this a field was guessed from content alone (two-word texts look like people), so the column stays usable. */
const GUESS = 0.7;

const CODE = /^\d[\d./-]*$/;

/** A cell that can tell rows apart: text with a letter, or a code of four or more digits ("50110000", "1.100.05.02"). */
function labelOf(view: SheetView, r: number, c: number): { text: string; hasLetter: boolean } | null {
  const cell = view.cell(r, c);
  if (typeof cell === 'number' && !(Number.isInteger(cell) && cell >= 1000)) return null;
  const text = cellText(cell);
  if (text === '') return null;
  if (/\p{L}/u.test(text)) return { text, hasLetter: true };
  return CODE.test(text) && text.replace(/\D/g, '').length >= 4 ? { text, hasLetter: false } : null;
}

/**
 * Detail rows often repeat their group's name (a budget lists "Personalaufwendungen" once per
 * cost type). Where names repeat within a program and the rows have no ID of their own, name
 * each row by the columns that tell them apart (a description, then a code), so every line
 * keeps a stable, readable ID instead of a number. Returns the warning saying what was done.
 */
export function distinguishNames(
  view: SheetView,
  frame: TableFrame,
  mapping: Mapping,
  drafts: readonly Named[],
): string[] {
  const idCol = mapping.fields.id?.column;
  const byName = new Map<string, Named[]>();
  for (const d of drafts) {
    if (idCol !== undefined && cellText(view.cell(d.row, idCol)) !== '') continue;
    const key = `${d.initiative.program}\u0000${foldText(d.initiative.name)}`;
    byName.set(key, [...(byName.get(key) ?? []), d]);
  }
  const repeated = [...byName.values()].filter((g) => g.length > 1);
  if (repeated.length === 0) return [];
  const rows = repeated.flat();

  const excluded = new Set<number>([
    ...valueColumnsOf(mapping),
    ...mapping.periodColumns.map((p) => p.column),
    ...Object.entries(mapping.fields)
      .filter(([field, choice]) => !LABEL_FIELDS.has(field) && choice.confidence >= GUESS)
      .map(([, choice]) => choice.column),
  ]);
  interface Candidate {
    column: number;
    labels: (string | null)[];
    letters: number;
  }
  const candidates: Candidate[] = [];
  for (let c = frame.left; c <= frame.right; c++) {
    if (excluded.has(c)) continue;
    const found = rows.map((d) => labelOf(view, d.row, c));
    const filled = found.filter((f) => f !== null).length;
    // Mostly labels, or it is an amount or flag column whose values only happen to differ.
    if (filled < rows.length * 0.9) continue;
    const letters = found.filter((f) => f?.hasLetter).length;
    candidates.push({ column: c, labels: found.map((f) => f?.text ?? null), letters });
  }
  const resolved = (chosen: readonly Candidate[]): number => {
    let unique = 0;
    let offset = 0;
    for (const group of repeated) {
      const counts = new Map<string, number>();
      const keys = group.map((_, i) => chosen.map((c) => c.labels[offset + i] ?? '').join('\u0000'));
      for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
      unique += keys.filter(
        (k) => counts.get(k) === 1 && k.split('\u0000').some((part) => part !== ''),
      ).length;
      offset += group.length;
    }
    return unique;
  };
  const best = (pool: readonly Candidate[], chosen: readonly Candidate[]): Candidate | null => {
    let top: Candidate | null = null;
    let topScore = resolved(chosen);
    for (const c of pool) {
      const score = resolved([...chosen, c]);
      if (score > topScore) [top, topScore] = [c, score];
    }
    return top;
  };
  // A readable description first, then a code to separate what the description leaves equal.
  const chosen: Candidate[] = [];
  const text = best(
    candidates.filter((c) => c.letters >= rows.length * 0.5),
    chosen,
  );
  if (text) chosen.push(text);
  if (resolved(chosen) < rows.length) {
    const code = best(
      candidates.filter((c) => !chosen.includes(c)),
      chosen,
    );
    if (code) chosen.push(code);
  }
  if (chosen.length === 0) return [];

  let offset = 0;
  let example = '';
  for (const group of repeated) {
    group.forEach((d, i) => {
      const parts = chosen.map((c) => ({ text: c.labels[offset + i], words: c.letters > 0 && c === text }));
      const words = parts.filter((p) => p.words && p.text).map((p) => p.text!);
      const codes = parts.filter((p) => !p.words && p.text).map((p) => p.text!);
      if (words.length === 0 && codes.length === 0) return;
      const name = `${d.initiative.name} – ${[...words, ...(codes.length ? [`(${codes.join(', ')})`] : [])].join(' ')}`;
      d.initiative.name = name;
      d.initiative.id = derivedId(mapping.sheet, d.initiative.program, name);
      if (!example) example = name;
    });
    offset += group.length;
  }
  const headers = chosen.map((c) => `'${frame.headers[c.column] ?? ''}'`).join(' and ');
  return [
    `${rows.length.toLocaleString('en-US')} rows repeat a name already used in their program (detail lines under one group): named by ${headers} as well, e.g. '${example}'.`,
  ];
}
