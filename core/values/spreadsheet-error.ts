/** Error values a spreadsheet shows instead of a result (`#N/A`, `#DIV/0!`…), as text in a cell or export. */
const ERROR_VALUE = /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|ERROR!|GETTING_DATA)$/i;

export function isSpreadsheetError(text: string): boolean {
  return ERROR_VALUE.test(text.trim());
}

/** Placeholders people type for "nothing here"; they read as blank, never as zero. */
const BLANK_WORDS = new Set([
  '-',
  '--',
  '---',
  '–',
  '—',
  'n/a',
  'n.a.',
  'na',
  'none',
  'nil',
  'tbd',
  'k.a.',
  'k. a.',
]);

export function isBlankWord(text: string): boolean {
  return BLANK_WORDS.has(text.trim().toLowerCase());
}
