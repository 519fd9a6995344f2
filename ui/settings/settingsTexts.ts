import type { SettingsDto } from '../../core/index.js';
import type { LadderRows } from './LadderRules.js';
import { parseNumber, splitNames } from './settingsPatch.js';

/** What the settings form's fields hold, as typed: keyed by setting, weights as `weight<level>`. */
export type Texts = Record<string, string>;

/** The settings as the form's fields show them. */
export function toTexts(s: SettingsDto): Texts {
  const t: Texts = {
    asOf: s.asOf,
    currency: s.currency,
    target: s.target === null ? '' : String(s.target),
    fiscalYearStart: String(s.fiscalYearStart),
    redBelow: String(s.redBelow * 100),
    amberBelow: String(s.amberBelow * 100),
    defaultReviewDays: String(s.defaultReviewDays),
    pmo: s.pmo.join(', '),
    controllers: s.controllers.join(', '),
  };
  s.ladder.forEach((l) => (t[`weight${l.level}`] = String(l.weight)));
  return t;
}

/** Reads the typed texts back into settings, or the list of what to fix. */
export function fromTexts(
  base: SettingsDto,
  preset: SettingsDto['ladderPreset'],
  ladder: LadderRows,
  granularity: SettingsDto['granularity'],
  t: Texts,
): SettingsDto | string[] {
  const errors: string[] = [];
  const num = (label: string, key: string, min?: number, max?: number) => {
    const v = parseNumber(label, t[key] ?? '', min, max);
    if (typeof v === 'string') errors.push(v);
    return typeof v === 'number' ? v : 0;
  };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(t.asOf ?? '')) errors.push('As-of date: use the form YYYY-MM-DD.');
  if (!/^[A-Z]{3}$/.test(t.currency ?? ''))
    errors.push('Currency: a three-letter ISO code such as EUR or USD.');
  const next: SettingsDto = {
    ...base,
    ladderPreset: preset,
    asOf: t.asOf ?? base.asOf,
    currency: t.currency ?? base.currency,
    target: (t.target ?? '').trim() === '' ? null : num('Target', 'target', 0),
    fiscalYearStart: num('Fiscal year starts in month', 'fiscalYearStart', 1, 12),
    redBelow: num('Red below', 'redBelow', 0, 100) / 100,
    amberBelow: num('Amber below', 'amberBelow', 0, 100) / 100,
    defaultReviewDays: num('Review every (days)', 'defaultReviewDays', 1),
    pmo: splitNames(t.pmo ?? ''),
    controllers: splitNames(t.controllers ?? ''),
    granularity,
    ladder: ladder.map((l) => ({
      ...l,
      weight: num(`Weight of ${l.level} ${l.name}`, `weight${l.level}`, 0, 1),
    })),
  };
  return errors.length ? errors : next;
}
