import { foldText } from './cell-text.js';

/**
 * Words that mark a total or subtotal row, folded (see `foldText`): English, German, French,
 * Spanish, Italian, Dutch, Portuguese, Vietnamese ("Tổng", "Cộng"), plus CJK and Cyrillic.
 */
const TOTAL_START =
  /^(total|totals|subtotal|sub total|grand total|sum|summe|zwischensumme|gesamt|gesamtsumme|insgesamt|endsumme|somme|sous total|total general|totale|subtotale|totaal|subtotaal|tong|tong cong|итого|всего|合计|总计|小计|合計|小計)\b/;
const TOTAL_END = /\b(total|totals|subtotal|summe|gesamt|insgesamt|totaal|totale)$/;
/** German compounds that mean a total (not "Gesamtschule" or "Gesamtsanierung"). */
const GERMAN_COMPOUND =
  /^(gesamtsumme|gesamtbetrag|gesamtergebnis|gesamtplan|gesamtbudget|zwischensumme|endsumme|summe)\b/;

export function isTotalLabel(text: string): boolean {
  const folded = foldText(text);
  if (folded === '') return false;
  if (/[合总小]计|合計|小計|итого|всего/.test(text)) return true;
  return TOTAL_START.test(folded) || TOTAL_END.test(folded) || GERMAN_COMPOUND.test(folded);
}
