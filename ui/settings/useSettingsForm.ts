import { useState } from 'react';
import type { SettingsDto } from '../../core/index.js';
import type { WriteResult } from '../common/ResultBar.js';
import { useAction } from '../common/useAction.js';
import { usePane } from '../PaneContext.js';
import { settingsPatch } from './settingsPatch.js';
import { fromTexts, toTexts } from './settingsTexts.js';

/** The settings as the user edits them, and saving only what changed. */
export function useSettingsForm({ initial }: { initial: SettingsDto }) {
  const { service, changed } = usePane();
  // The last saved settings: what the next save is compared with.
  const [settings, setSettings] = useState(initial);
  const [texts, setTexts] = useState(() => toTexts(initial));
  const [preset, setPreset] = useState(settings.ladderPreset);
  const [ladder, setLadder] = useState(settings.ladder);
  const [granularity, setGranularity] = useState(settings.granularity);

  const saving = useAction(async (): Promise<WriteResult> => {
    const next = fromTexts(settings, preset, ladder, granularity, texts);
    if (Array.isArray(next)) return { ok: false, message: 'Nothing was saved.', problems: next };
    const patch = settingsPatch(settings, next);
    const keys = Object.keys(patch);
    if (keys.length === 0) return { ok: true, message: 'No changes to save.' };
    const saved = await service.saveSettings(patch);
    setSettings(saved);
    setTexts(toTexts(saved));
    setPreset(saved.ladderPreset);
    setLadder(saved.ladder);
    setGranularity(saved.granularity);
    changed();
    return {
      ok: true,
      message: `Saved ${keys.join(', ')}.`,
      wrote: [`PG Settings (${keys.length} setting(s))`],
    };
  });

  return {
    settings,
    texts,
    setText: (key: string, value: string) => setTexts({ ...texts, [key]: value }),
    preset,
    setPreset,
    ladder,
    setLadder,
    granularity,
    setGranularity,
    save: () => saving.run(),
    result: saving.failure ?? saving.outcome,
  };
}

export type SettingsFormState = ReturnType<typeof useSettingsForm>;
