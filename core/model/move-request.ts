/** What a person asks of an initiative's place on the ladder. */
export interface MoveRequest {
  id: string;
  /** `rebaseline`: the sponsor or PMO approves the current plan as the new baseline (after the freeze). */
  kind: 'up' | 'back' | 'hold' | 'resume' | 'cancel' | 'rebaseline';
  /** Required for back, hold, cancel and rebaseline. */
  reason: string;
}

export type MoveKind = MoveRequest['kind'];
