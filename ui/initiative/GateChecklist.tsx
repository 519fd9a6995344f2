import { Text } from '@fluentui/react-components';
import type { GateCheckDto } from '../../core/index.js';
import { usePaneStyles } from '../common/layout.js';

const ROLE_WORDS: Record<string, string> = {
  anyone: 'anyone',
  owner: 'the owner',
  sponsor: 'the sponsor',
  controller: 'the controller',
  pmo: 'the PMO',
};

/** The criteria for the next level, each met or not with what to do; and who may move it (why the acting person may not is next to Move up). */
export function GateChecklist({ gate }: { gate: GateCheckDto | null }) {
  const s = usePaneStyles();
  if (!gate)
    return <Text>No further gate: this initiative is at the top of the ladder, closed or cancelled.</Text>;
  return (
    <div>
      <h3 className={s.h}>
        Gate to {gate.toLevel} {gate.toName}
      </h3>
      <ul className={s.list} aria-label={`Criteria for ${gate.toLevel} ${gate.toName}`}>
        {gate.criteria.map((c) => (
          <li key={c.criterion}>
            <strong>{c.met ? '✓ Met' : '✗ Not met'}</strong>: {c.message}
          </li>
        ))}
        {gate.criteria.length === 0 && <li>No criteria for this level.</li>}
      </ul>
      <Text as="p" size={200} className={s.muted}>
        Who may move it here: {gate.movers.map((m) => ROLE_WORDS[m] ?? m).join(', ')}.
      </Text>
    </div>
  );
}
