import type { ConversionPreviewDto } from '../contract/governance-service.js';
import type { Mapping } from '../model/mapping.js';
import { convertTable } from './convert-table.js';
import type { ConvertSettings, ImportSource } from './imported-plan.js';

/** Rows listed in a preview; the counts and totals always cover every row. */
const PREVIEW_ROWS = 500;

/** What converting with this mapping would create, without writing anything. */
export function previewConversion(
  read: ImportSource,
  mapping: Mapping,
  settings: ConvertSettings,
): ConversionPreviewDto {
  const plan = convertTable(read, mapping, settings);
  const totals = plan.initiatives.map((i) => {
    let sum = 0;
    for (const v of i.plan) if (!Number.isNaN(v)) sum += v;
    return sum;
  });
  const warnings = [...plan.warnings];
  if (plan.initiatives.length > PREVIEW_ROWS) {
    warnings.push(
      `The preview lists the first ${PREVIEW_ROWS} of ${plan.initiatives.length} initiatives; all of them will be converted.`,
    );
  }
  if (plan.problems.length > 0) {
    warnings.push(...plan.problems.slice(0, 20).map((p) => `${p.sheet}!${p.cell}: ${p.message}`));
  }
  return {
    initiatives: plan.initiatives.length,
    periods: plan.periods,
    planTotal: Math.round(totals.reduce((a, b) => a + b, 0) * 100) / 100,
    rows: plan.initiatives.slice(0, PREVIEW_ROWS).map((i, k) => ({
      row: plan.sourceRows[k],
      id: i.id,
      name: i.name,
      program: i.program,
      planTotal: Math.round(totals[k] * 100) / 100,
    })),
    excluded: plan.excluded,
    warnings,
  };
}
