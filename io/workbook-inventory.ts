/**
 * What the user's sheets of an .xlsx hold beyond their values, counted from the file's XML parts:
 * formulas, merges, validations, conditional formats, comments, images, charts, shapes, tables,
 * protection and visibility per sheet; defined names, macros, pivot tables, slicers and external
 * links for the workbook. Comparing the inventory of a source with that of the file written from
 * it says exactly what the written file would lose.
 */
import JSZip from 'jszip';
import { isPlanGateSheet } from '../core/index.js';

export type SheetFeature =
  | 'formulas'
  | 'merged ranges'
  | 'validation rules'
  | 'conditional formats'
  | 'comments'
  | 'images'
  | 'charts'
  | 'shapes'
  | 'tables'
  | 'sheet protection'
  | 'hidden state';

export type WorkbookFeature = 'defined names' | 'macros' | 'pivot tables' | 'slicers' | 'external links';

export interface WorkbookInventory {
  sheets: Record<string, Partial<Record<SheetFeature, number>>>;
  workbook: Partial<Record<WorkbookFeature, number>>;
}

const count = (xml: string, pattern: RegExp): number => xml.match(pattern)?.length ?? 0;

const unescapeXml = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:]+)="([^"]*)"/g)) out[m[1]] = unescapeXml(m[2]);
  return out;
}

/** Part path a relationship target names, relative to the part that holds the relationship. */
function resolveTarget(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = from.split('/').slice(0, -1);
  for (const step of target.split('/')) {
    if (step === '..') parts.pop();
    else if (step !== '.') parts.push(step);
  }
  return parts.join('/');
}

async function text(zip: JSZip, path: string): Promise<string> {
  return (await zip.file(path)?.async('string')) ?? '';
}

/** Relationship targets of a part, by type suffix (`worksheet`, `drawing`, `comments`…). */
async function relationships(
  zip: JSZip,
  part: string,
): Promise<{ id: string; type: string; path: string }[]> {
  const slash = part.lastIndexOf('/');
  const rels = await text(zip, `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`);
  return [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => {
    const a = attributes(m[0]);
    return {
      id: a.Id ?? '',
      type: (a.Type ?? '').split('/').pop() ?? '',
      path: a.TargetMode === 'External' ? '' : resolveTarget(part, a.Target ?? ''),
    };
  });
}

async function sheetFeatures(
  zip: JSZip,
  part: string,
  state: string | undefined,
): Promise<Partial<Record<SheetFeature, number>>> {
  const xml = await text(zip, part);
  const features: Partial<Record<SheetFeature, number>> = {
    formulas: count(xml, /<f[\s>/]/g),
    'merged ranges': count(xml, /<mergeCell\s/g),
    'validation rules': count(xml, /<dataValidation\s/g),
    'conditional formats': count(xml, /<conditionalFormatting\s/g),
    tables: count(xml, /<tablePart\s/g),
    'sheet protection': count(xml, /<sheetProtection\s[^>]*sheet="(1|true)"/g),
    'hidden state': state === 'hidden' || state === 'veryHidden' ? 1 : 0,
  };
  let comments = 0;
  let images = 0;
  let charts = 0;
  let shapes = 0;
  for (const rel of await relationships(zip, part)) {
    if (rel.type === 'comments') comments += count(await text(zip, rel.path), /<comment\s/g);
    if (rel.type === 'drawing') {
      const drawing = await text(zip, rel.path);
      images += count(drawing, /<(\w+:)?pic>/g);
      charts += count(drawing, /<(\w+:)?chart\s/g);
      shapes += count(drawing, /<(\w+:)?sp>/g);
    }
  }
  return { ...features, comments, images, charts, shapes };
}

/** The inventory of an .xlsx/.xlsm; null when the bytes are not one. */
export async function workbookInventory(bytes: Uint8Array): Promise<WorkbookInventory | null> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return null;
  }
  const workbookXml = await text(zip, 'xl/workbook.xml');
  if (!workbookXml) return null;
  const rels = new Map((await relationships(zip, 'xl/workbook.xml')).map((r) => [r.id, r.path]));
  const sheets: WorkbookInventory['sheets'] = {};
  for (const m of workbookXml.matchAll(/<sheet\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const name = a.name ?? '';
    const part = rels.get(a['r:id'] ?? '');
    if (!part || isPlanGateSheet(name)) continue;
    sheets[name] = await sheetFeatures(zip, part, a.state);
  }
  const names = [...workbookXml.matchAll(/<definedName\b[^>]*>([^<]*)<\/definedName>/g)].filter(
    (m) => !/'?PG [A-Z][a-z]+'?!/.test(m[1]) && !/_xlnm\._FilterDatabase/.test(m[0]),
  );
  const files = Object.keys(zip.files);
  const under = (prefix: string): number =>
    files.filter((f) => f.startsWith(prefix) && !f.endsWith('/')).length;
  return {
    sheets,
    workbook: {
      'defined names': names.length,
      macros: files.includes('xl/vbaProject.bin') ? 1 : 0,
      'pivot tables': under('xl/pivotTables/'),
      slicers: under('xl/slicers/'),
      'external links': under('xl/externalLinks/'),
    },
  };
}

/**
 * What `after` lacks of `before`, in words: "'Plan': 2 of 3 images, charts (1)", one entry per
 * sheet and one for the workbook. A sheet missing from `after` loses everything it had.
 */
export function inventoryLosses(before: WorkbookInventory, after: WorkbookInventory): string[] {
  const lost: string[] = [];
  const describe = (
    features: Partial<Record<string, number>>,
    kept: Partial<Record<string, number>>,
  ): string[] =>
    Object.entries(features).flatMap(([feature, had = 0]) => {
      const has = kept[feature] ?? 0;
      if (has >= had) return [];
      if (feature === 'hidden state' || feature === 'sheet protection' || feature === 'macros')
        return [feature === 'hidden state' ? 'it would no longer be hidden' : feature];
      const named = (n: number): string => (n === 1 ? feature.slice(0, -1) : feature);
      return [has === 0 ? `${had} ${named(had)}` : `${had - has} of ${had} ${feature}`];
    });
  for (const [sheet, features] of Object.entries(before.sheets)) {
    const words = describe(features, after.sheets[sheet] ?? {});
    if (words.length > 0) lost.push(`'${sheet}': ${words.join(', ')}`);
  }
  const words = describe(before.workbook, after.workbook);
  if (words.length > 0) lost.push(`the workbook: ${words.join(', ')}`);
  return lost;
}
