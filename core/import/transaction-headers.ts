import { foldText } from './cell-text.js';
import type { TableFrame } from './table-frame.js';

/** Words of payments, invoices and bookings: rows that happened, never planned money. */
const TRANSACTION_WORDS = new Set([
  'payment',
  'payments',
  'paid',
  'payee',
  'invoice',
  'invoiced',
  'receipt',
  'transaction',
  'transactions',
  'ledger',
  'creditor',
  'debtor',
  'pagamento',
  'pagamentos',
  'pago',
  'credor',
  'fatura',
  'factura',
  'facture',
  'recibo',
  'transacao',
  'transaccion',
  'beneficiario',
  'rechnung',
  'zahlung',
  'buchung',
  'beleg',
  'kreditor',
  'debitor',
  'betaling',
  'factuur',
]);

/**
 * The headers of a table that name payments, invoices or bookings: two or more mean every row is
 * something that happened (a payment log, a ledger), which is actuals. Empty when fewer.
 */
export function transactionHeaders(frame: TableFrame): string[] {
  const found: string[] = [];
  for (let c = frame.left; c <= frame.right; c++) {
    const header = frame.headers[c] ?? '';
    if (
      foldText(header)
        .split(' ')
        .some((w) => TRANSACTION_WORDS.has(w))
    )
      found.push(header.trim());
  }
  return found.length >= 2 ? found : [];
}
