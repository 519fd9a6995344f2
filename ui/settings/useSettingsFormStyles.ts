import { makeStyles, tokens } from '@fluentui/react-components';

/** The settings form's own layout, beside the shared pane layout. */
export const useSettingsFormStyles = makeStyles({
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
