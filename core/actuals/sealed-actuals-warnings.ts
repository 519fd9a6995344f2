import type { Register } from '../model/register.js';
import type { ActualsWarningDto } from '../contract/governance-service.js';
import { latestSignOffs } from '../seal/sealed-values.js';
import type { Booking } from './book-actuals.js';

const amountText = (v: number): string => v.toLocaleString('en-US', { maximumFractionDigits: 2 });

/**
 * One warning per signed-off initiative whose sealed actuals the export would have changed:
 * it names the initiative, its seal (who signed it off, when) and the export rows not booked.
 */
export function sealedActualsWarnings(
  register: Register,
  sheet: string,
  sealed: Booking['sealed'],
): ActualsWarningDto[] {
  const seals = latestSignOffs(register.audit);
  return sealed.map(({ id, rows, amount }) => {
    const initiative = register.initiatives.find((i) => i.id === id);
    const label = initiative?.name.trim() ? `${id} ${initiative.name.trim()}` : id;
    const seal = seals.get(id)?.event;
    const by = seal
      ? `signed off by ${seal.actor} on ${seal.time.slice(0, 10)}`
      : `closed${initiative?.confirmedBy ? ` (confirmed by ${initiative.confirmedBy})` : ''}`;
    const shown = rows.length <= 4 ? rows.join(', ') : `${rows.slice(0, 4).join(', ')} …`;
    return {
      sheet,
      cell: null,
      message: `${label} is ${by}: its actuals are sealed, so the export's ${rows.length === 1 ? 'row' : `${rows.length} rows`} for it (${shown}; ${amountText(amount)} ${register.settings.currency}) ${rows.length === 1 ? 'was' : 'were'} not booked. To book them, a controller re-opens ${id} (moves it back), and signs it off again after the import.`,
    };
  });
}
