/**
 * What the service needs from plan import and actuals import (written in `core/import`,
 * `core/merge` and `core/actuals`). Hosts pass an implementation in `ServiceDeps.importer`;
 * without one, the import methods answer with a clear "not available" message.
 */
import type { UnsealedEvent } from '../model/audit.js';
import type { CellProblem } from '../model/cell.js';
import type { Register } from '../model/register.js';
import type { Settings } from '../model/settings.js';
import type { WorkbookRead } from './workbook-port.js';
import type {
  ActualsReportDto,
  ConversionPreviewDto,
  ImportAnswersDto,
  InspectionDto,
  MergeReportDto,
} from './governance-service.js';
import type { Mapping } from '../model/mapping.js';
import type { Actor } from '../model/actor.js';

export interface ImportContext {
  now: string;
  actor: Actor;
  /** Actuals only: spread rows without a period over the plan (the user's choice in the pane). */
  spread?: 'plan';
}

export interface ConversionOutcome {
  /** The register after the merge (periods unioned, initiatives added or updated). */
  register: Register;
  report: MergeReportDto;
  /** Audit events of the conversion; empty when nothing changed. */
  events: UnsealedEvent[];
  problems: CellProblem[];
  /** Set when nothing can be converted honestly: what the user is told. */
  error: string | null;
}

export interface ActualsOutcome {
  register: Register;
  report: ActualsReportDto;
  events: UnsealedEvent[];
  error: string | null;
}

export interface PlanImporter {
  /** `source` holds the sheets of the plan (a user sheet of the open workbook, or every sheet of a file). */
  inspect(
    source: WorkbookRead,
    options: {
      sourceName: string;
      fiscalYearStart: number;
      sheet?: string;
      /** The currency an existing register keeps (absent when it would adopt the plan's): a plan in another one gets a warning. */
      registerCurrency?: string;
      /** What the user already answered: not asked again. */
      answers?: ImportAnswersDto;
    },
  ): InspectionDto;
  preview(source: WorkbookRead, mapping: Mapping, settings: Settings): ConversionPreviewDto;
  convert(
    register: Register,
    source: WorkbookRead,
    mapping: Mapping,
    context: ImportContext,
  ): ConversionOutcome;
  actuals(register: Register, source: WorkbookRead, context: ImportContext): ActualsOutcome;
}
