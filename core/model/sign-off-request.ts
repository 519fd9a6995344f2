/** A controller's confirmation of an initiative's realised value, with the evidence named. */
export interface SignOffRequest {
  id: string;
  confirmedValue: number;
  evidence: string;
  /**
   * The controller acknowledges that the closure falls short: confirmed value below the red
   * threshold of plan total, or closed before the last planned period. Required then; sealed.
   */
  acknowledgeShortfall?: boolean;
}
