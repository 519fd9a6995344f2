/** One step of the self-test as the report shows it. */
export interface SelfTestStep {
  name: 'convert' | 'refresh' | 'move' | 'sign-off' | 'verify' | 'cleanup';
  ok: boolean;
  /** What happened, or what went wrong (the error's own message). */
  detail: string;
  /** Wall-clock milliseconds of the step, as measured in the host. */
  ms: number;
  /** Host round trips of the step (Excel: `context.sync` calls; Sheets: Apps Script service calls). */
  roundTrips: number;
}

/** Where the self-test ran. */
export interface SelfTestEnvironment {
  /** "Excel" or "Google Sheets". */
  host: string;
  /** The host's version (Office build), or the runtime's for Sheets. */
  version: string;
  /** Excel: PC, Mac, OfficeOnline…; Sheets: the browser's user agent. */
  platform: string;
  /** PlanGate's version. */
  addinVersion: string;
  /** Requirement sets (Excel) or runtime features (Sheets) and whether the host has each. */
  requirementSets: Record<string, boolean>;
}

export interface SelfTestReport extends SelfTestEnvironment {
  ok: boolean;
  startedAt: string;
  steps: SelfTestStep[];
  totalMs: number;
  totalRoundTrips: number;
  /** The whole report as plain text, to copy into an email or an issue. */
  text: string;
}

export function reportText(report: Omit<SelfTestReport, 'text'>): string {
  const sets = Object.entries(report.requirementSets)
    .map(([name, has]) => `${name}: ${has ? 'yes' : 'NO'}`)
    .join(', ');
  return [
    `PlanGate self-test: ${report.ok ? 'PASSED' : 'FAILED'}`,
    `Host: ${report.host} ${report.version}`,
    `Platform: ${report.platform}`,
    `PlanGate: ${report.addinVersion}`,
    `Requirement sets: ${sets}`,
    `Started: ${report.startedAt}`,
    ...report.steps.map(
      (s) =>
        `${s.ok ? 'ok  ' : 'FAIL'} ${s.name.padEnd(8)} ${String(Math.round(s.ms)).padStart(7)} ms ${String(s.roundTrips).padStart(4)} round trips  ${s.detail}`,
    ),
    `Total: ${Math.round(report.totalMs)} ms, ${report.totalRoundTrips} round trips`,
  ].join('\n');
}
