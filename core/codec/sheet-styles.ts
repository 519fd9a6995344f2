import type { ConditionalRule } from '../contract/workbook-port.js';

/** The fills spreadsheet users know from "Good / Neutral / Bad" cell styles. */
export const LIGHT_FILLS = {
  green: { fill: '#C6EFCE', fontColor: '#006100' },
  amber: { fill: '#FFEB9C', fontColor: '#9C5700' },
  red: { fill: '#FFC7CE', fontColor: '#9C0006' },
} as const;

/** Green / amber / red fills on one column's data cells. */
export function lightRules(column: number): ConditionalRule[] {
  return (Object.keys(LIGHT_FILLS) as (keyof typeof LIGHT_FILLS)[]).map((light) => ({
    column,
    equals: light,
    ...LIGHT_FILLS[light],
  }));
}
