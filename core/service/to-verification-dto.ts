import { TAMPER_NOTICE } from '../seal/verify.js';
import type { RegisterVerification } from '../usecases/verify.js';
import type { VerificationDto } from '../contract/governance-service.js';

export function toVerificationDto(result: RegisterVerification): VerificationDto {
  return {
    ok: result.ok,
    hasRegister: result.hasRegister,
    findings: result.findings.map((f) => ({ ...f })),
    settingsEdits: result.settingsEdits.map((e) => ({ ...e })),
    checkedEvents: result.checkedEvents,
    firstBroken: result.firstBroken
      ? {
          row: result.firstBroken.row,
          time: result.firstBroken.time,
          action: result.firstBroken.action,
          initiative: result.firstBroken.initiative,
          message: result.firstBroken.message,
        }
      : null,
    modifiedAfterSignOff: result.modifiedAfterSignOff.map(({ id, name, fields, message }) => ({
      id,
      name,
      fields: [...fields],
      message,
    })),
    levelsWithoutAudit: result.levelsWithoutAudit.map(({ id, name, message }) => ({ id, name, message })),
    notice: TAMPER_NOTICE,
  };
}
