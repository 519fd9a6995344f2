/**
 * The functions the sidebar calls through google.script.run: one per GovernanceService method,
 * each running the same core service over this spreadsheet. The sidebar's bridge is typed from
 * this module (`typeof import('./rpc.js')`), so renaming one breaks the sidebar's build.
 */
import type { GroupBy, Bridge } from '../../core/index.js';
import type {
  ActionResultDto,
  ActualsChoiceDto,
  ActualsReportDto,
  ConversionPreviewDto,
  IdentityDto,
  InitiativeDetailDto,
  InspectionDto,
  MappingDto,
  MergeReportDto,
  MoveRequestDto,
  OverviewDto,
  PortfolioDto,
  RegisterDto,
  SettingsDto,
  SignOffRequestDto,
  SourceRef,
  VerificationDto,
} from '../../core/index.js';
import { appsScriptGlobals } from './globals.js';
import { runRead, runWrite } from './run-rpc.js';
import { selectedInitiativeId } from './selected-initiative.js';
import type { SelfTestReport } from '../../core/index.js';
import { runSheetsSelfTest, type SelfTestClient } from './self-test.js';

export function overview(): OverviewDto {
  return runRead((s) => s.overview());
}
export function declareIdentity(name: string): IdentityDto {
  return runRead((s) => s.declareIdentity(name));
}
export function inspectSource(source: SourceRef): InspectionDto {
  return runRead((s) => s.inspectSource(source));
}
export function previewConversion(source: SourceRef, mapping: MappingDto): ConversionPreviewDto {
  return runRead((s) => s.previewConversion(source, mapping));
}
export function convert(source: SourceRef, mapping: MappingDto): MergeReportDto {
  return runWrite((s) => s.convert(source, mapping));
}
export function importActuals(source: SourceRef, choice?: ActualsChoiceDto): ActualsReportDto {
  return runWrite((s) => s.importActuals(source, choice));
}
export function refresh(): RegisterDto {
  return runWrite((s) => s.refresh());
}
export function initiative(id: string): InitiativeDetailDto {
  return runRead((s) => s.initiative(id));
}
export function move(request: MoveRequestDto): ActionResultDto {
  return runWrite((s) => s.move(request));
}
export function signOff(request: SignOffRequestDto): ActionResultDto {
  return runWrite((s) => s.signOff(request));
}
export function restoreLevel(id: string): ActionResultDto {
  return runWrite((s) => s.restoreLevel(id));
}
export function portfolio(groupBy: GroupBy | null): PortfolioDto {
  return runRead((s) => s.portfolio(groupBy));
}
export function verify(): VerificationDto {
  return runRead((s) => s.verify());
}
export function snapshot(label?: string): ActionResultDto {
  return runWrite((s) => s.snapshot(label));
}
export function bridge(from: string, to: string | null): Bridge {
  return runRead((s) => s.bridge(from, to));
}
export function settings(): SettingsDto {
  return runRead((s) => s.settings());
}
export function saveSettings(patch: Partial<SettingsDto>): SettingsDto {
  return runWrite((s) => s.saveSettings(patch));
}

/** Not part of GovernanceService: the register row selected in the sheet, polled by the sidebar. */
export function selectedInitiative(): string | null {
  return selectedInitiativeId(appsScriptGlobals());
}

/** Not part of GovernanceService: Settings › Diagnostics, the self-test on scratch sheets. */
export function selfTest(client: SelfTestClient): SelfTestReport {
  return JSON.parse(JSON.stringify(runSheetsSelfTest(appsScriptGlobals(), client))) as SelfTestReport;
}
