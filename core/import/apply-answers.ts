import { columnLetter } from '../model/cell.js';
import type { ImportAnswersDto } from '../contract/governance-service.js';
import type { Mapping as MappingDto } from '../model/mapping.js';
import { analyzeWithMapping, type TableAnalysis } from './analyze-table.js';
import { foldText } from './cell-text.js';

/** The column an answer names, by letter ("F") or by its header text, or -1. */
function columnOf(a: TableAnalysis, answer: string): number {
  const wanted = answer.trim();
  for (let c = a.frame.left; c <= a.frame.right; c++)
    if (foldText(a.frame.headers[c] ?? '') === foldText(wanted)) return c;
  if (/^[A-Z]{1,3}$/i.test(wanted)) {
    for (let c = 0; c <= a.frame.right; c++) if (columnLetter(c) === wanted.toUpperCase()) return c;
  }
  return -1;
}

/**
 * The analysis with the user's answers applied to its proposed mapping: the plan column they
 * chose becomes the plan total (rows classified again under it), the year and currency they
 * gave are kept in the mapping, so a conversion and a re-import need not ask. Returns what
 * could not be applied, in words for the user.
 */
export function applyAnswers(a: TableAnalysis, answers: ImportAnswersDto | undefined): string[] {
  if (!answers) return [];
  const mapping: MappingDto = a.proposal.mapping;
  const problems: string[] = [];
  if (answers.planColumn !== undefined) {
    const c = columnOf(a, answers.planColumn);
    if (c < 0) {
      problems.push(
        `'${answers.planColumn}' is not a column of '${a.frame.sheet}' (header row ${mapping.headerRow}): give a header or a column letter.`,
      );
    } else if (!mapping.periodColumns.some((p) => p.column === c)) {
      for (const [field, m] of Object.entries(mapping.fields))
        if (m.column === c) delete mapping.fields[field as keyof MappingDto['fields']];
      mapping.layout = 'wide';
      mapping.periodColumns = [];
      delete mapping.fields.period;
      delete mapping.fields.amount;
      mapping.fields.planTotal = {
        column: c,
        header: a.frame.headers[c] ?? '',
        confidence: 1,
        reason: 'chosen by you as the plan',
      };
      a.proposal.questions = a.proposal.questions.filter((q) => q.kind !== 'plan-columns');
      const again = analyzeWithMapping(a.view, mapping);
      a.frame = again.frame;
      a.classification = again.classification;
      a.proposal.labelColumns = again.labelColumns;
    }
  }
  if (answers.planYear !== undefined) mapping.planYear = answers.planYear;
  if (answers.currency !== undefined) mapping.currency = answers.currency;
  return problems;
}
