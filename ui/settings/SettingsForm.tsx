import type { SettingsDto } from '../../core/index.js';
import { usePaneStyles } from '../common/layout.js';
import { renderSettingsForm } from './renderSettingsForm.js';
import { useSettingsForm } from './useSettingsForm.js';
import { useSettingsFormStyles } from './useSettingsFormStyles.js';

export function SettingsForm(props: { initial: SettingsDto }) {
  const state = useSettingsForm(props);
  const classes = { ...usePaneStyles(), ...useSettingsFormStyles() };
  return renderSettingsForm(state, classes);
}
