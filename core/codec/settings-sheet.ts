import { isLadderPreset, presetLadder } from '../ladder/presets.js';
import { cellAddress, type CellProblem, type CellValue, type Grid } from '../model/cell.js';
import type { LadderLevel } from '../model/ladder.js';
import type { Settings } from '../model/settings.js';
import { SHEETS } from '../model/sheets.js';
import type { SheetWrite } from '../contract/workbook-port.js';
import { monthFromName } from '../values/month-names.js';
import { parseCount } from '../values/parse-integer.js';
import { parseDate } from '../values/parse-date.js';
import { parseNumber } from '../values/parse-number.js';
import { parsePercent } from '../values/parse-percent.js';
import { textOf } from '../values/parse-text.js';
import { defaultSettings } from './default-settings.js';
import { findHeaderRow, headerKey, isBlankRow } from './header-key.js';
import { levelText, parseLevelText } from './ladder-text.js';
import { setOwn } from './own-key.js';

const SHEET = SHEETS.settings;

/** The keys of PG Settings, in the order they are written. */
export const SETTING_KEYS = {
  asOf: 'As of',
  currency: 'Currency',
  fiscalYearStart: 'Fiscal year start',
  target: 'Target',
  granularity: 'Granularity',
  redBelow: 'Red below',
  amberBelow: 'Amber below',
  defaultReviewDays: 'Default review days',
  pmo: 'PMO',
  controllers: 'Controllers',
  ladderPreset: 'Ladder preset',
  freezeLevel: 'Plan freeze level',
  signOffLevel: 'Sign-off level',
  importMapping: 'Import mapping',
} as const;

const KNOWN = new Map(Object.entries(SETTING_KEYS).map(([field, key]) => [headerKey(key), field]));

function list(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** PG Settings → Settings; every key is optional (defaults apply), unknown keys are kept. */
export function decodeSettingsSheet(
  grid: Grid | undefined,
  today: string,
): { settings: Settings; problems: CellProblem[] } {
  const settings = defaultSettings(today);
  const problems: CellProblem[] = [];
  if (!grid || grid.length === 0) return { settings, problems };
  const headerRow = findHeaderRow(grid, 'Key');
  const levels: LadderLevel[] = [];
  let preset = null as Settings['ladder']['preset'] | null;
  let freeze: number | null = null;
  let signOff: number | null = null;

  // Without a Key header every row is a setting.
  for (let r = headerRow + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    if (isBlankRow(row)) continue;
    const keyText = textOf(row[0]);
    const cell: CellValue = row[1] ?? null;
    const at = cellAddress(r, 1);
    const problem = (message: string): void => {
      problems.push({ sheet: SHEET, cell: at, message: `${keyText}: ${message}` });
    };
    const levelMatch = /^level\s+(\d+)$/i.exec(keyText);
    if (levelMatch) {
      const read = parseLevelText(Number(levelMatch[1]), textOf(cell));
      if (read.ok) levels.push(read.level);
      else problem(read.message);
      continue;
    }
    const field = KNOWN.get(headerKey(keyText));
    const text = textOf(cell);
    switch (field) {
      case 'asOf': {
        const read = parseDate(cell);
        if (!read.ok) problem(read.message);
        else if (read.value) settings.asOf = read.value;
        break;
      }
      case 'currency':
        if (/^[A-Za-z]{3}$/.test(text)) settings.currency = text.toUpperCase();
        else if (text !== '')
          problem(`"${text}" is not a currency code: type a three-letter code such as EUR or USD`);
        break;
      case 'fiscalYearStart': {
        const month = typeof cell === 'number' ? cell : (monthFromName(text) ?? Number(text));
        if (Number.isInteger(month) && month >= 1 && month <= 12) settings.fiscalYearStart = month;
        else if (text !== '') problem(`"${text}" is not a month: type 1 to 12 or a month name such as April`);
        break;
      }
      case 'target': {
        const read = parseNumber(cell);
        if (!read.ok) problem(read.message);
        else settings.target = read.value;
        break;
      }
      case 'granularity': {
        const value = text.toLowerCase();
        if (value === 'month' || value === 'months' || value === 'monthly') settings.granularity = 'month';
        else if (value === 'quarter' || value === 'quarters' || value === 'quarterly')
          settings.granularity = 'quarter';
        else if (text !== '') problem(`"${text}" is not a granularity: type month or quarter`);
        break;
      }
      case 'redBelow':
      case 'amberBelow': {
        const read = parsePercent(cell);
        if (!read.ok) problem(read.message);
        else if (read.value !== null) settings[field] = read.value;
        break;
      }
      case 'defaultReviewDays': {
        const read = parseCount(cell, 'a number of days');
        if (!read.ok) problem(read.message);
        else if (read.value !== null) settings.defaultReviewDays = read.value;
        break;
      }
      case 'pmo':
      case 'controllers':
        settings[field] = list(text);
        break;
      case 'ladderPreset':
        if (isLadderPreset(text.toLowerCase()) || text.toLowerCase() === 'custom')
          preset = text.toLowerCase() as Settings['ladder']['preset'];
        else if (text !== '')
          problem(`"${text}" is not a ladder preset: type standard, l0-l5, doi0-6 or custom`);
        break;
      case 'freezeLevel':
      case 'signOffLevel': {
        const read = parseCount(cell, 'a level number');
        if (!read.ok) problem(read.message);
        else if (field === 'freezeLevel') freeze = read.value;
        else signOff = read.value;
        break;
      }
      case 'importMapping':
        settings.importMapping = text === '' ? null : text;
        break;
      default:
        if (keyText !== '') setOwn(settings.extra, keyText, cell);
    }
  }
  const base = presetLadder(preset && preset !== 'custom' ? preset : 'standard');
  settings.ladder = {
    preset: preset ?? (levels.length > 0 ? 'custom' : 'standard'),
    levels: levels.length > 0 ? levels.sort((a, b) => a.level - b.level) : base.levels,
    freezeLevel: freeze ?? base.freezeLevel,
    signOffLevel: signOff ?? base.signOffLevel,
  };
  return { settings, problems };
}

/** Settings → PG Settings rows: one key per row, one row per ladder level. */
export function encodeSettingsSheet(settings: Settings): SheetWrite {
  const rows: CellValue[][] = [
    ['Key', 'Value'],
    [SETTING_KEYS.asOf, settings.asOf],
    [SETTING_KEYS.currency, settings.currency],
    [SETTING_KEYS.fiscalYearStart, settings.fiscalYearStart],
    [SETTING_KEYS.target, settings.target],
    [SETTING_KEYS.granularity, settings.granularity],
    [SETTING_KEYS.redBelow, settings.redBelow],
    [SETTING_KEYS.amberBelow, settings.amberBelow],
    [SETTING_KEYS.defaultReviewDays, settings.defaultReviewDays],
    [SETTING_KEYS.pmo, settings.pmo.join(', ')],
    [SETTING_KEYS.controllers, settings.controllers.join(', ')],
    [SETTING_KEYS.ladderPreset, settings.ladder.preset],
    [SETTING_KEYS.freezeLevel, settings.ladder.freezeLevel],
    [SETTING_KEYS.signOffLevel, settings.ladder.signOffLevel],
    ...settings.ladder.levels.map((level): CellValue[] => [`Level ${level.level}`, levelText(level)]),
    [SETTING_KEYS.importMapping, settings.importMapping],
    ...Object.entries(settings.extra).map(([key, value]): CellValue[] => [key, value]),
  ];
  return {
    sheet: SHEET,
    mode: 'replace',
    rows,
    // Values are text so hosts never turn "2027-03-31" or "0.9" into something else.
    layout: {
      headerRows: 1,
      columns: [
        { kind: 'text', width: 22 },
        { kind: 'text', width: 70 },
      ],
      protection: 'warning',
    },
  };
}
