/** A controller's confirmation of an initiative's realised value, with the evidence named. */
export interface SignOffRequest {
  id: string;
  confirmedValue: number;
  evidence: string;
}
