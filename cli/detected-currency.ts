/**
 * The currency plan import found named in the sheet (title, notes or value headers), read from
 * the warning it gives: "The sheet's amounts are in VND ('…'). PlanGate does not convert…".
 * The inspection carries it only as that sentence; the CLI test of `convert` pins the wording.
 */
const DETECTED = /^The sheet's amounts are in ([A-Z]{3}) \(/;

export function detectedCurrency(warnings: readonly string[]): { code: string; warning: string } | null {
  for (const warning of warnings) {
    const match = DETECTED.exec(warning);
    if (match) return { code: match[1], warning };
  }
  return null;
}
