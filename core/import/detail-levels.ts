import type { Mapping } from '../model/mapping.js';
import { cellText, foldText } from './cell-text.js';
import type { ClassifiedRow } from './classify-rows.js';
import type { SheetView } from './sheet-view.js';

/**
 * Budgets often mix summary lines with detail lines (a cost-object column, mapped as Keys, is
 * filled only on the details). Where one program has a summary line and detail lines of the same
 * name, the details break the summary down: the detail lines are imported and the summary line is
 * excluded, so the money is counted once and the lines stay as fine as the source. Returns the
 * warning that says which level was kept.
 */
export function chooseDetailLevel(view: SheetView, mapping: Mapping, rows: ClassifiedRow[]): string[] {
  const keys = mapping.fields.keys;
  const nameCol = mapping.fields.name?.column;
  if (!keys || nameCol === undefined) return [];
  const initiatives = rows.filter((r) => r.kind === 'initiative');
  const isDetail = (r: ClassifiedRow) => cellText(view.cell(r.row, keys.column)) !== '';
  const nameOf = (r: ClassifiedRow) => `${r.program}\u0000${foldText(cellText(view.filled(r.row, nameCol)))}`;
  const filled = initiatives.filter(isDetail).length;
  const total = initiatives.length;
  if (total < 10 || filled < total * 0.1 || filled > total * 0.9) return [];
  const detailSums = new Map<string, number>();
  for (const r of initiatives) {
    if (!isDetail(r)) continue;
    let sum = 0;
    for (const v of r.values) if (!Number.isNaN(v)) sum += v;
    detailSums.set(nameOf(r), (detailSums.get(nameOf(r)) ?? 0) + sum);
  }
  let replaced = 0;
  let differing = 0;
  const programs = new Set<string>();
  for (const r of initiatives) {
    if (isDetail(r)) continue;
    const detail = detailSums.get(nameOf(r));
    if (detail === undefined) continue;
    let sum = 0;
    for (const v of r.values) if (!Number.isNaN(v)) sum += v;
    if (Math.abs(sum - detail) > 0.005 + 1e-9 * Math.abs(sum)) differing++;
    r.kind = 'excluded';
    r.reason = `summary line: the detail lines of '${cellText(view.filled(r.row, nameCol))}' in '${r.program}' (with a '${keys.header}') are imported instead, so the money is not counted twice`;
    replaced++;
    programs.add(r.program);
  }
  const counts = `${filled.toLocaleString('en-US')} rows name a '${keys.header}' and ${(total - filled).toLocaleString('en-US')} do not`;
  if (replaced === 0) {
    const withDetail = new Set(initiatives.filter(isDetail).map((r) => r.program));
    const both = [
      ...new Set(initiatives.filter((r) => !isDetail(r) && withDetail.has(r.program)).map((r) => r.program)),
    ];
    // Different names: the summary lines are not broken down by these details, so every row is kept.
    return [
      both.length === 0
        ? `The rows come at two levels of detail: ${counts}. No program has both kinds, so nothing is counted twice.`
        : `The rows come at two levels of detail: ${counts}, and ${both.length} program${both.length === 1 ? '' : 's'} (${both.slice(0, 3).join(', ')}) have both: if the detail rows break down the summary rows, exclude one kind before converting, or the money is counted twice.`,
    ];
  }
  return [
    `The rows come at two levels of detail: ${counts}. In ${programs.size} program${programs.size === 1 ? '' : 's'} (${[...programs].slice(0, 3).join(', ')}) the detail lines were imported and ${replaced} summary line${replaced === 1 ? '' : 's'} of the same name left out, so nothing is counted twice` +
      (differing > 0
        ? `; ${differing} of them differ${differing === 1 ? 's' : ''} from the sum of their detail lines, check those in the source.`
        : '.'),
  ];
}
