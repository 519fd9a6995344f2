import { useState } from 'react';
import { Button, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import type { SettingsDto } from '../../core/index.js';
import { failed, ResultBar, type WriteResult } from '../common/ResultBar.js';
import { usePaneStyles } from '../common/layout.js';
import { usePane } from '../PaneContext.js';
import { LadderRules, type LadderRows } from './LadderRules.js';
import { parseNumber, settingsPatch, splitNames } from './settingsPatch.js';

const PRESETS: [SettingsDto['ladderPreset'], string][] = [
  ['standard', 'Standard (Defined … Closed)'],
  ['l0-l5', 'L0–L5 (Idea … Realized)'],
  ['doi0-6', 'DoI 0–6 (Idea … Completed)'],
  ['custom', 'Custom'],
];

type Texts = Record<string, string>;

const useStyles = makeStyles({
  weights: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(96px, 1fr))',
    gap: tokens.spacingHorizontalS,
    border: 'none',
    padding: 0,
    margin: 0,
    minWidth: 0,
  },
  fill: { width: '100%', minWidth: 0 },
});

function toTexts(s: SettingsDto): Texts {
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
function fromTexts(
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

export function SettingsForm({ initial }: { initial: SettingsDto }) {
  const s = { ...usePaneStyles(), ...useStyles() };
  const { service, changed } = usePane();
  // The last saved settings: what the next save is compared with.
  const [settings, setSettings] = useState(initial);
  const [texts, setTexts] = useState(() => toTexts(initial));
  const [preset, setPreset] = useState(settings.ladderPreset);
  const [ladder, setLadder] = useState(settings.ladder);
  const [granularity, setGranularity] = useState(settings.granularity);
  const [result, setResult] = useState<WriteResult | null>(null);
  const text = (key: string, label: string, hint?: string, type: 'text' | 'date' | 'number' = 'text') => (
    <Field label={label} hint={hint} className={s.grow}>
      <Input
        type={type}
        value={texts[key] ?? ''}
        onChange={(_, d) => setTexts({ ...texts, [key]: d.value })}
      />
    </Field>
  );

  const save = async () => {
    const next = fromTexts(settings, preset, ladder, granularity, texts);
    if (Array.isArray(next)) return setResult({ ok: false, message: 'Nothing was saved.', problems: next });
    const patch = settingsPatch(settings, next);
    const keys = Object.keys(patch);
    if (keys.length === 0) return setResult({ ok: true, message: 'No changes to save.' });
    try {
      const saved = await service.saveSettings(patch);
      setResult({
        ok: true,
        message: `Saved ${keys.join(', ')}.`,
        wrote: [`PG Settings (${keys.length} setting(s))`],
      });
      setSettings(saved);
      setTexts(toTexts(saved));
      setPreset(saved.ladderPreset);
      setLadder(saved.ladder);
      setGranularity(saved.granularity);
      changed();
    } catch (e) {
      setResult(failed(e));
    }
  };

  return (
    <form
      className={s.pane}
      style={{ padding: 0 }}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Field label="Ladder preset" className={s.grow}>
        <Select value={preset} onChange={(_, d) => setPreset(d.value as SettingsDto['ladderPreset'])}>
          {PRESETS.map(([v, label]) => (
            <option key={v} value={v}>
              {label}
            </option>
          ))}
        </Select>
      </Field>
      <fieldset className={s.weights}>
        <legend>Weights in the weighted pipeline (0–1)</legend>
        {settings.ladder.map((l) => (
          <Field key={l.level} label={`${l.level} ${l.name}`} size="small">
            <Input
              size="small"
              type="number"
              className={s.fill}
              value={texts[`weight${l.level}`] ?? ''}
              onChange={(_, d) => setTexts({ ...texts, [`weight${l.level}`]: d.value })}
            />
          </Field>
        ))}
      </fieldset>
      <LadderRules ladder={ladder} onChange={setLadder} />
      <div className={s.row}>
        {text('redBelow', 'Red below (% of plan)', 'Estimate under this share of plan total')}
        {text('amberBelow', 'Amber below (% realization)', 'Realization under this share')}
      </div>
      <div className={s.row}>
        {text('asOf', 'As-of date', undefined, 'date')}
        {text('currency', 'Currency')}
        {text('target', 'Portfolio target', 'Blank for no target', 'number')}
        <Field label="Periods" hint="Columns of PG Plan, Forecast, Actual" className={s.grow}>
          <Select
            value={granularity}
            onChange={(_, d) => setGranularity(d.value as SettingsDto['granularity'])}
          >
            <option value="month">Months (YYYY-MM)</option>
            <option value="quarter">Quarters (YYYY-Qn)</option>
          </Select>
        </Field>
        {text('fiscalYearStart', 'Fiscal year starts in month', '1 = January', 'number')}
        {text('defaultReviewDays', 'Review every (days)', 'When an initiative sets none', 'number')}
      </div>
      <div className={s.row}>
        {text('pmo', 'PMO (names, comma-separated)')}
        {text('controllers', 'Controllers (names, comma-separated)')}
      </div>
      <div>
        <Button appearance="primary" type="submit">
          Save settings
        </Button>
      </div>
      <ResultBar result={result} />
    </form>
  );
}
