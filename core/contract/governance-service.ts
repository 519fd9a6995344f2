/**
 * What every pane talks to. The playground and Excel implement it in the task pane over a
 * WorkbookPort (`createGovernanceService`); Google Sheets implements it in the sidebar as a
 * typed RPC to the server, which runs the same service there. Everything crossing it is
 * plain JSON: no Dates, no typed arrays, numbers unrounded (panes format them).
 */
import type { AuditAction, IdentityKind } from '../model/audit.js';
import type { Actor } from '../model/actor.js';
import type { FieldMapping, FieldName, Mapping } from '../model/mapping.js';
import type { MoveKind, MoveRequest } from '../model/move-request.js';
import type { SignOffRequest } from '../model/sign-off-request.js';
import type { CellProblem } from '../model/cell.js';
import type { Initiative } from '../model/initiative.js';
import type { Criterion, LadderPreset, Role } from '../model/ladder.js';
import type { Flag, GroupBy, InitiativeMetrics, Portfolio, Bridge } from '../model/metrics.js';

export interface GovernanceService {
  /** Who is acting, whether a register exists, the user's sheets, problems reading the PG sheets. */
  overview(): Promise<OverviewDto>;
  /** Set the declared name used where the host cannot verify identity. */
  declareIdentity(name: string): Promise<IdentityDto>;

  /** Find tables in a user sheet or an uploaded file and propose a mapping. */
  /** `answers`: what the user already answered (header row, plan column, year, currency): not asked again. */
  inspectSource(source: SourceRef, answers?: ImportAnswersDto): Promise<InspectionDto>;
  /** What a conversion with this mapping would create, without writing. */
  previewConversion(source: SourceRef, mapping: MappingDto): Promise<ConversionPreviewDto>;
  /** Create or update the register from the source; saves the mapping in PG Settings. */
  convert(source: SourceRef, mapping: MappingDto): Promise<MergeReportDto>;
  /** Match a CRM/ERP export to initiatives and write PG Actual. */
  importActuals(source: SourceRef, choice?: ActualsChoiceDto): Promise<ActualsReportDto>;

  /** Recompute every metric from the sheets (picking up hand edits) and write the computed columns. */
  refresh(): Promise<RegisterDto>;
  initiative(id: string): Promise<InitiativeDetailDto>;
  move(request: MoveRequestDto): Promise<ActionResultDto>;
  signOff(request: SignOffRequestDto): Promise<ActionResultDto>;
  /** Set a hand-edited DoI and State back to the level the audit log recorded (flag `level not recorded`). */
  restoreLevel(id: string): Promise<ActionResultDto>;
  portfolio(groupBy: GroupBy | null): Promise<PortfolioDto>;
  verify(): Promise<VerificationDto>;
  /** Store the current metrics as a snapshot block (label defaults to the as-of period). */
  snapshot(label?: string): Promise<ActionResultDto>;
  /** The bridge between two stored snapshots (labels), or between the latest and now. */
  bridge(from: string, to: string | null): Promise<Bridge>;

  settings(): Promise<SettingsDto>;
  saveSettings(patch: Partial<SettingsDto>): Promise<SettingsDto>;
}

/** A plan or export to read: a sheet of the open workbook, or a file the user uploaded. */
export type SourceRef =
  | { kind: 'sheet'; sheet: string }
  | {
      kind: 'file';
      fileName: string;
      /** base64 */
      content: string;
      /** Inspect only this sheet of the file (default: every sheet). */
      sheet?: string;
    };

/** The domain's words, as they cross the wire. */
export type IdentityDto = Actor;
export type FieldMappingDto = FieldMapping;
export type MappingDto = Mapping;
export type MoveRequestDto = MoveRequest;
export type SignOffRequestDto = SignOffRequest;
export type { FieldName, MoveKind };

export interface OverviewDto {
  identity: IdentityDto | null;
  hasRegister: boolean;
  initiativeCount: number;
  /** The user's own sheets (never written by PlanGate). */
  userSheets: string[];
  /** Cells of the PG sheets PlanGate could not read, with address and what to do. */
  problems: CellProblem[];
  asOf: string;
  currency: string;
}

export interface ExcludedRowDto {
  /** 1-based */
  row: number;
  reason: string;
}

export interface TableDto {
  sheet: string;
  headerRow: number;
  initiatives: number;
  periods: string[];
  mapping: MappingDto;
  excluded: ExcludedRowDto[];
  warnings: string[];
  /** Why this table is (or is not) proposed as a plan. */
  verdict: 'plan' | 'actuals' | 'not-a-plan' | 'activities';
  /**
   * What the importer could not decide from the sheet and assumed: each question names the
   * answer it took, so the user confirms or changes it (Convert pane, CLI option) before converting.
   */
  questions?: QuestionDto[];
  /**
   * Every column of the table (0-based) with its header text as shown, so the user can map a
   * field to any column, not only the ones the inspection proposed. Optional for older services.
   */
  columns?: { column: number; header: string }[];
  /**
   * Set when the table names the currency of its amounts: the currency the register will report in
   * once this table is converted (`adopted`: a register not made yet, or one that never chose its
   * currency, takes the plan's; `kept`: the register keeps its own), the plan's currency and the
   * text that names it. When `kept` differs from `plan`, `warnings` says what to do.
   */
  currency?: { code: string; source: 'adopted' | 'kept'; plan: string; from: string };
}

/**
 * The user's answers to the importer's questions (`QuestionDto`), as the Convert pane and the
 * command line take them. Each is optional; what is given is not asked again.
 */
export interface ImportAnswersDto {
  /** 1-based row that holds the table's header. */
  headerRow?: number;
  /** The column that holds the plan: its header text or its letter ("F"). */
  planColumn?: string;
  /** The year a plan total without periods is for. */
  planYear?: number;
  /** ISO code of the plan's currency. */
  currency?: string;
}

/** One thing the user is asked before a conversion, with the answer assumed meanwhile. */
export interface QuestionDto {
  kind:
    | 'header-row'
    | 'plan-columns'
    | 'first-period'
    | 'plan-year'
    | 'fiscal-year-start'
    | 'currency'
    | 'status-mapping';
  /** The question in the user's words, naming the sheet and cells it is about. */
  text: string;
  /** The answer used until the user gives one, as it would be typed (e.g. '2027', 'EUR'). */
  assumed: string;
  /** Answers to offer, when the sheet suggests some (column headers, currencies). */
  choices?: string[];
}

export interface InspectionDto {
  source: string;
  tables: TableDto[];
  warnings: string[];
  /** Set when no register can honestly be made: what the user is told. */
  error: string | null;
}

export interface PreviewRowDto {
  /** 1-based source row */
  row: number;
  id: string;
  name: string;
  program: string;
  planTotal: number;
}

export interface ConversionPreviewDto {
  initiatives: number;
  periods: string[];
  planTotal: number;
  rows: PreviewRowDto[];
  excluded: ExcludedRowDto[];
  warnings: string[];
}

export type MergeOutcome = 'added' | 'updated' | 'unchanged' | 'conflict' | 'skipped';

export interface MergeReportDto {
  counts: Record<MergeOutcome, number>;
  rows: { id: string; name: string; outcome: MergeOutcome; reason: string }[];
  /** What was written, in words: "PG Register (24 rows), PG Plan (24 × 12)…" */
  wrote: string[];
  /**
   * The register's reporting currency after the conversion. `adopted`: a new register took the
   * currency the plan names; `kept`: the register reports in its own. `plan` is the currency the
   * plan names, when it names one. Absent from services older than this field.
   */
  currency?: { code: string; source: 'adopted' | 'kept'; plan?: string };
  /** What the user should check, e.g. a plan in another currency than the register's. */
  warnings?: string[];
}

export interface ActualsReportDto {
  matchedRows: number;
  periods: string[];
  total: number;
  updatedInitiatives: number;
  unchanged: boolean;
  unmatched: { row: number; key: string; amount: number }[];
  ambiguous: { row: number; key: string; candidates: string[] }[];
  wrote: string[];
  /**
   * What the user should check before trusting the booking: unmatched or ambiguous keys, rows
   * dated outside the register's periods or in another currency, unreadable or `#N/A` cells, an
   * unsure column choice. Absent from services older than this field.
   */
  warnings?: ActualsWarningDto[];
  /** Rows read but not booked (totals, lost deals, …), each with its 1-based row and the reason. */
  excluded?: ExcludedRowDto[];
}

/** One thing an actuals import could not do as the export asked, where it is and what to do. */
/** How the user chose to book an export's rows without a period. */
export interface ActualsChoiceDto {
  /** `plan`: spread each such row over its initiative's plan up to the as-of period. */
  spread?: 'plan';
}

export interface ActualsWarningDto {
  /** The export's sheet, or null when the warning is about the whole export. */
  sheet: string | null;
  /** A1 address of the (first) cell concerned, or null when no one cell is. */
  cell: string | null;
  /** What is wrong and what to do, in a sentence or two. */
  message: string;
}

/** One row of the Register pane: the initiative's figures and the fields the pane lists. */
export interface InitiativeRowDto
  extends
    InitiativeMetrics,
    Pick<
      Initiative,
      | 'name'
      | 'program'
      | 'workstream'
      | 'client'
      | 'owner'
      | 'sponsor'
      | 'controller'
      | 'doi'
      | 'state'
      | 'implementationStatus'
      | 'confirmedValue'
    > {
  doiName: string;
  flags: Flag[];
}

export interface RegisterDto {
  asOf: string;
  currency: string;
  rows: InitiativeRowDto[];
  problems: CellProblem[];
  wrote: string[];
}

export interface CriterionCheckDto {
  criterion: Criterion;
  met: boolean;
  /** Unmet: what is missing and what to do. Met: what satisfied it. */
  message: string;
}

export interface GateCheckDto {
  toLevel: number;
  toName: string;
  criteria: CriterionCheckDto[];
  movers: Role[];
  /** Whether the current identity may move it there now; if not, `refusal` says why. */
  allowed: boolean;
  refusal: string | null;
}

export interface AuditEventDto {
  /** 1-based sheet row in PG Audit */
  row: number;
  time: string;
  actor: string;
  identity: IdentityKind;
  action: AuditAction;
  from: string;
  to: string;
  summary: string;
}

export interface InitiativeDetailDto {
  row: InitiativeRowDto;
  fields: {
    impactType: string;
    kpi: string;
    unit: string;
    baseline: number | null;
    target: number | null;
    start: string | null;
    due: string | null;
    nextGateDue: string | null;
    lastReview: string | null;
    reviewEveryDays: number | null;
    keys: string[];
    confirmedBy: string;
    confirmedAt: string | null;
    evidence: string;
  };
  periods: string[];
  plan: (number | null)[];
  forecast: (number | null)[];
  actual: (number | null)[];
  /** The plan frozen at the plan-freeze gate, when there is one. */
  baseline: (number | null)[] | null;
  ladder: { level: number; name: string }[];
  /** Gate into the next level, or null at the top / when closed or cancelled. */
  nextGate: GateCheckDto | null;
  history: AuditEventDto[];
  /**
   * Whether the current identity may make each move now and, if not, why — the refusal the move
   * would return. The reason a move needs is typed in the form, so it is not counted here. Optional:
   * without it a pane learns of a refusal only after the click.
   */
  moves?: Record<MoveKind, MoveAvailabilityDto>;
}

export interface MoveAvailabilityDto {
  allowed: boolean;
  refusal: string | null;
}

export interface ActionResultDto {
  ok: boolean;
  /** What happened, in a sentence: "Moved CAMP-07 to 3 Decided." or why it was refused. */
  message: string;
  /** Refused: each reason. */
  problems: string[];
  wrote: string[];
  /** Refused until the person confirms this explicitly (a sign-off that falls short of plan). */
  needs?: 'shortfallAcknowledgement';
}

export interface SignOffQueueItemDto {
  id: string;
  name: string;
  owner: string;
  controller: string;
  actualToDate: number;
  estimateAtCompletion: number;
  planTotal: number;
}

export interface PortfolioDto extends Portfolio {
  signOffQueue: SignOffQueueItemDto[];
  snapshots: string[];
}

export interface VerificationFindingDto {
  kind: string;
  sheet: string;
  /** A1 address or row range; null when the place no longer exists (a deleted row). */
  cell: string | null;
  id?: string;
  message: string;
}

export interface VerificationDto {
  /** True only when there is a register and nothing was found. */
  ok: boolean;
  hasRegister: boolean;
  /** Everything found, each at its sheet and cell: the chain, seals, levels, settings, unreadable cells. */
  findings: VerificationFindingDto[];
  /** Hand edits of PG Settings since PG Audit recorded them: key, old and new value, cell. */
  settingsEdits: { key: string; old: string | null; new: string | null; cell: string | null }[];
  checkedEvents: number;
  /** The first event whose hash or link does not match, or null. */
  firstBroken: { row: number; time: string; action: string; initiative: string; message: string } | null;
  modifiedAfterSignOff: { id: string; name: string; fields: string[]; message: string }[];
  /** DoI or state typed into PG Register by hand (differs from PG Audit); also among `findings`. */
  levelsWithoutAudit?: { id: string; name: string; message: string }[];
  /** Always shown: tamper-evident, not tamper-proof. */
  notice: string;
}

export interface SettingsDto {
  ladderPreset: LadderPreset | 'custom';
  ladder: { level: number; name: string; weight: number; criteria: Criterion[]; movers: Role[] }[];
  freezeLevel: number;
  signOffLevel: number;
  asOf: string;
  currency: string;
  fiscalYearStart: number;
  target: number | null;
  granularity: 'month' | 'quarter';
  redBelow: number;
  amberBelow: number;
  defaultReviewDays: number;
  /** *Past months without actuals*: count their plan (`plan`, shown as assumed on plan) or 0 (`zero`). */
  pastWithoutActuals: 'plan' | 'zero';
  pmo: string[];
  controllers: string[];
}
