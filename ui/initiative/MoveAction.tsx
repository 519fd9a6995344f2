import { useId, type ReactNode } from 'react';
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { MoveAvailabilityDto } from '../../core/index.js';

const useStyles = makeStyles({
  // Baseline: the button's label lines up with the first line of a long reason.
  action: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: tokens.spacingHorizontalS },
  why: { flex: '1 1 180px', minWidth: 0, color: tokens.colorNeutralForeground3 },
});

/**
 * One move's button and, when the service says the acting person may not make it, why — next to
 * the button and tied to it with aria-describedby. The button stays focusable while unavailable so
 * keyboard and screen-reader users reach it and hear the reason.
 */
export function MoveAction({
  availability,
  busy,
  primary = false,
  onRun,
  children,
}: {
  /** Undefined when the service did not say: the click then brings its answer. */
  availability: MoveAvailabilityDto | undefined;
  busy: boolean;
  primary?: boolean;
  onRun: () => void;
  children: ReactNode;
}) {
  const styles = useStyles();
  const whyId = useId();
  const refused = availability !== undefined && !availability.allowed;
  return (
    <div className={styles.action}>
      <Button
        appearance={primary ? 'primary' : 'secondary'}
        disabled={busy && !refused}
        disabledFocusable={refused}
        aria-describedby={refused ? whyId : undefined}
        onClick={onRun}
      >
        {children}
      </Button>
      {refused && (
        <Text id={whyId} size={200} className={styles.why}>
          {availability.refusal ?? 'Not available to you now.'}
        </Text>
      )}
    </div>
  );
}
