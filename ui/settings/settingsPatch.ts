import type { SettingsDto } from '../../core/index.js';

/** The keys whose value differs, so a save writes only what the user changed. */
export function settingsPatch(before: SettingsDto, after: SettingsDto): Partial<SettingsDto> {
  const patch: Partial<SettingsDto> = {};
  for (const key of Object.keys(after) as (keyof SettingsDto)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      (patch as Record<string, unknown>)[key] = after[key];
    }
  }
  // Choosing a preset replaces the ladder: let the service build it, not the edited copy.
  if (patch.ladderPreset && patch.ladderPreset !== 'custom') delete patch.ladder;
  return patch;
}

/** "Ann, Bob ; Cy" → ["Ann", "Bob", "Cy"] */
export function splitNames(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((t) => t.trim())
    .filter(Boolean);
}

/** A number typed by the user, or an error sentence naming the field. */
export function parseNumber(label: string, text: string, min?: number, max?: number): number | string {
  const n = Number(text.replace(',', '.'));
  if (text.trim() === '' || !Number.isFinite(n)) return `${label}: type a number.`;
  if (min !== undefined && n < min) return `${label}: must be at least ${min}.`;
  if (max !== undefined && n > max) return `${label}: must be at most ${max}.`;
  return n;
}
