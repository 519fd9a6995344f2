import { TAMPER_NOTICE, type VerificationResult } from '../seal/verify.js';
import type { VerificationDto } from '../contract/governance-service.js';

export function toVerificationDto(result: VerificationResult): VerificationDto {
  return {
    ok: result.ok,
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
    modifiedAfterSignOff: result.modifiedAfterSignOff.map((m) => ({ ...m, fields: [...m.fields] })),
    levelsWithoutAudit: result.levelsWithoutAudit.map(({ id, name, message }) => ({ id, name, message })),
    notice: TAMPER_NOTICE,
  };
}
