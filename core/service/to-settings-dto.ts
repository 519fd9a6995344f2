import type { Settings } from '../model/settings.js';
import type { SettingsDto } from '../contract/governance-service.js';

export function toSettingsDto(settings: Settings): SettingsDto {
  return {
    ladderPreset: settings.ladder.preset,
    ladder: settings.ladder.levels.map((l) => ({
      level: l.level,
      name: l.name,
      weight: l.weight,
      criteria: [...l.criteria],
      movers: [...l.movers],
    })),
    freezeLevel: settings.ladder.freezeLevel,
    signOffLevel: settings.ladder.signOffLevel,
    asOf: settings.asOf,
    currency: settings.currency,
    fiscalYearStart: settings.fiscalYearStart,
    target: settings.target,
    granularity: settings.granularity,
    redBelow: settings.redBelow,
    amberBelow: settings.amberBelow,
    defaultReviewDays: settings.defaultReviewDays,
    pmo: [...settings.pmo],
    controllers: [...settings.controllers],
  };
}
