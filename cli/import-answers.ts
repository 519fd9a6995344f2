import type { ImportAnswersDto, QuestionDto } from '../core/index.js';
import type { OptionValues } from './command.js';
import { usageError } from './exit-codes.js';

/** The options that answer the importer's questions, for `inspect` and `convert`. */
export const ANSWER_OPTIONS = {
  'header-row': { type: 'string' },
  'plan-column': { type: 'string' },
  'plan-year': { type: 'string' },
} as const;

export const ANSWER_HELP = `  --header-row N          the row (1-based) that holds the table's header
  --plan-column C         the column that holds the plan: its header or its letter (F)
  --plan-year YYYY        the year a plan total without periods is for`;

/** The option that answers each kind of question, shown beside the question. */
const OPTION_OF: Record<QuestionDto['kind'], string> = {
  'header-row': '--header-row N',
  'plan-columns': '--plan-column HEADER',
  'first-period': '--first-month YYYY-MM',
  'plan-year': '--plan-year YYYY',
  'fiscal-year-start': '--fiscal-year-start M',
  currency: '--currency CODE',
  'status-mapping': '--mapping M.json',
};

export function answerOption(kind: QuestionDto['kind']): string {
  return OPTION_OF[kind];
}

/** The answers given as options; a usage error for one that cannot be an answer. */
export function answersOf(values: OptionValues, currency?: string): ImportAnswersDto {
  const answers: ImportAnswersDto = {};
  const header = values['header-row'];
  if (typeof header === 'string') {
    const row = Number(header);
    if (!Number.isInteger(row) || row < 1)
      throw usageError(
        `--header-row ${header} is not a row number: give the row as the sheet shows it, e.g. 3.`,
      );
    answers.headerRow = row;
  }
  const column = values['plan-column'];
  if (typeof column === 'string' && column.trim() !== '') answers.planColumn = column.trim();
  const year = values['plan-year'];
  if (typeof year === 'string') {
    const y = Number(year);
    if (!Number.isInteger(y) || y < 1900 || y > 2200)
      throw usageError(`--plan-year ${year} is not a year: give four digits, e.g. 2027.`);
    answers.planYear = y;
  }
  if (currency !== undefined) answers.currency = currency;
  return answers;
}
