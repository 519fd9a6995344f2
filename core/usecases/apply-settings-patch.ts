import { ladderProblems } from '../ladder/ladder-problems.js';
import { isLadderPreset, presetLadder } from '../ladder/presets.js';
import type { Ladder } from '../model/ladder.js';
import type { Register } from '../model/register.js';
import type { Settings } from '../model/settings.js';
import type { SettingsDto } from '../contract/governance-service.js';
import { parseDate } from '../values/parse-date.js';

export type PatchOutcome =
  { ok: true; settings: Settings; changed: string[] } | { ok: false; problems: string[] };

/**
 * Settings after a patch from the Settings pane, checked field by field. Picking a preset without
 * levels takes the preset's ladder; a ladder that drops a level an initiative is on is refused.
 */
export function applySettingsPatch(register: Register, patch: Partial<SettingsDto>): PatchOutcome {
  const current = register.settings;
  const next: Settings = {
    ...current,
    pmo: [...current.pmo],
    controllers: [...current.controllers],
    extra: { ...current.extra },
  };
  const problems: string[] = [];
  const changed: string[] = [];
  const set = <K extends keyof Settings>(key: K, value: Settings[K]): void => {
    if (JSON.stringify(current[key]) !== JSON.stringify(value)) changed.push(key);
    next[key] = value;
  };

  if (patch.asOf !== undefined) {
    const read = parseDate(patch.asOf);
    if (read.ok && read.value) set('asOf', read.value);
    else problems.push(`As of: "${patch.asOf}" is not a date: type it as 2027-03-31.`);
  }
  if (patch.currency !== undefined) {
    const code = patch.currency.trim().toUpperCase();
    if (/^[A-Z]{3}$/.test(code)) set('currency', code);
    else
      problems.push(
        `Currency: "${patch.currency}" is not a currency code: type three letters such as EUR or USD.`,
      );
  }
  if (patch.fiscalYearStart !== undefined) {
    if (
      Number.isInteger(patch.fiscalYearStart) &&
      patch.fiscalYearStart >= 1 &&
      patch.fiscalYearStart <= 12
    ) {
      set('fiscalYearStart', patch.fiscalYearStart);
    } else problems.push('Fiscal year start: choose a month from 1 (January) to 12 (December).');
  }
  if (patch.target !== undefined) {
    if (patch.target === null || (Number.isFinite(patch.target) && patch.target >= 0))
      set('target', patch.target);
    else problems.push('Target: type an amount of 0 or more, or leave it empty.');
  }
  if (patch.granularity !== undefined) {
    if (patch.granularity !== current.granularity && register.periods.length > 0) {
      problems.push(
        'Granularity: the register already has periods; changing months to quarters needs a new conversion of the plan.',
      );
    } else set('granularity', patch.granularity);
  }
  for (const key of ['redBelow', 'amberBelow'] as const) {
    const value = patch[key];
    if (value === undefined) continue;
    if (Number.isFinite(value) && value > 0 && value <= 1) set(key, value);
    else
      problems.push(
        `${key === 'redBelow' ? 'Red below' : 'Amber below'}: type a share between 1 % and 100 %, such as 90 %.`,
      );
  }
  if (patch.defaultReviewDays !== undefined) {
    if (Number.isInteger(patch.defaultReviewDays) && patch.defaultReviewDays > 0)
      set('defaultReviewDays', patch.defaultReviewDays);
    else problems.push('Default review days: type a whole number of days, such as 30.');
  }
  if (patch.pmo !== undefined)
    set(
      'pmo',
      patch.pmo.map((p) => p.trim()).filter((p) => p !== ''),
    );
  if (patch.controllers !== undefined)
    set(
      'controllers',
      patch.controllers.map((p) => p.trim()).filter((p) => p !== ''),
    );

  const ladder = nextLadder(current.ladder, patch, problems);
  if (ladder) {
    const stranded = register.initiatives.filter((i) => !ladder.levels.some((l) => l.level === i.doi));
    if (stranded.length > 0) {
      problems.push(
        `The new ladder has no level ${stranded[0].doi}, where ${stranded
          .map((i) => i.id)
          .slice(0, 5)
          .join(', ')} ${stranded.length === 1 ? 'is' : 'are'}: keep that level or move them first.`,
      );
    } else set('ladder', ladder);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, settings: next, changed };
}

function nextLadder(current: Ladder, patch: Partial<SettingsDto>, problems: string[]): Ladder | null {
  if (
    patch.ladderPreset === undefined &&
    patch.ladder === undefined &&
    patch.freezeLevel === undefined &&
    patch.signOffLevel === undefined
  ) {
    return null;
  }
  let ladder: Ladder = { ...current, levels: current.levels.map((l) => ({ ...l })) };
  if (
    patch.ladderPreset !== undefined &&
    patch.ladderPreset !== current.preset &&
    isLadderPreset(patch.ladderPreset) &&
    !patch.ladder
  ) {
    ladder = presetLadder(patch.ladderPreset);
  }
  if (patch.ladder) {
    ladder.levels = patch.ladder.map((l) => ({ ...l, criteria: [...l.criteria], movers: [...l.movers] }));
    ladder.preset = patch.ladderPreset ?? 'custom';
  }
  if (patch.freezeLevel !== undefined) ladder.freezeLevel = patch.freezeLevel;
  if (patch.signOffLevel !== undefined) ladder.signOffLevel = patch.signOffLevel;
  const levels = ladder.levels.map((l) => l.level);
  const before = problems.length;
  if (levels.length < 2 || levels.some((level, i) => level !== i))
    problems.push('Ladder: levels must be numbered 0, 1, 2… without gaps.');
  if (ladder.levels.some((l) => l.name.trim() === '')) problems.push('Ladder: every level needs a name.');
  if (ladder.levels.some((l) => !(l.weight >= 0 && l.weight <= 1)))
    problems.push('Ladder: weights must be between 0 and 1.');
  if (
    !levels.includes(ladder.freezeLevel) ||
    !levels.includes(ladder.signOffLevel) ||
    ladder.freezeLevel >= ladder.signOffLevel
  ) {
    problems.push('Ladder: the plan-freeze level must be a level of the ladder below the sign-off level.');
  }
  // What the gates rely on (sign-off by a controller only, at the top level…), as the loader checks it.
  if (problems.length === before) problems.push(...ladderProblems(ladder).map((p) => `Ladder: ${p}`));
  return problems.length > before ? null : ladder;
}
