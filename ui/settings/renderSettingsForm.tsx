import { Button, Field, Input, Select } from '@fluentui/react-components';
import type { SettingsDto } from '../../core/index.js';
import type { PaneClasses } from '../common/layout.js';
import { ResultBar } from '../common/ResultBar.js';
import { LadderRules } from './LadderRules.js';
import type { SettingsFormState } from './useSettingsForm.js';
import type { useSettingsFormStyles } from './useSettingsFormStyles.js';

const PRESETS: [SettingsDto['ladderPreset'], string][] = [
  ['standard', 'Standard (Defined … Closed)'],
  ['l0-l5', 'L0–L5 (Idea … Realized)'],
  ['doi0-6', 'DoI 0–6 (Idea … Completed)'],
  ['custom', 'Custom'],
];

/** The settings form drawn from its state: ladder, thresholds, dates, currency, people. */
export function renderSettingsForm(
  state: SettingsFormState,
  s: PaneClasses & ReturnType<typeof useSettingsFormStyles>,
) {
  const { settings, texts, preset, ladder, granularity } = state;
  const text = (key: string, label: string, hint?: string, type: 'text' | 'date' | 'number' = 'text') => (
    <Field label={label} hint={hint} className={s.grow}>
      <Input type={type} value={texts[key] ?? ''} onChange={(_, d) => state.setText(key, d.value)} />
    </Field>
  );

  return (
    <form
      className={s.pane}
      style={{ padding: 0 }}
      onSubmit={(e) => {
        e.preventDefault();
        state.save();
      }}
    >
      <Field label="Ladder preset" className={s.grow}>
        <Select value={preset} onChange={(_, d) => state.setPreset(d.value as SettingsDto['ladderPreset'])}>
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
              onChange={(_, d) => state.setText(`weight${l.level}`, d.value)}
            />
          </Field>
        ))}
      </fieldset>
      <LadderRules ladder={ladder} onChange={state.setLadder} />
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
            onChange={(_, d) => state.setGranularity(d.value as SettingsDto['granularity'])}
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
      <ResultBar result={state.result} />
    </form>
  );
}
