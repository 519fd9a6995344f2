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

const CJK_TOTAL = '合计|总计|小计|合計|小計|總計|総計|합계|소계|총계';
const CJK_TOTAL_START = new RegExp(`^(${CJK_TOTAL})`);
const CJK_TOTAL_END = new RegExp(`(${CJK_TOTAL})$`);

export function isTotalLabel(text: string): boolean {
  const folded = foldText(text);
  if (folded === '') return false;
  // CJK total words begin or end the label ("合計", "歳出合計"); inside a word ("綜合計畫") they are not one.
  const trimmed = text.trim();
  if (CJK_TOTAL_START.test(trimmed) || CJK_TOTAL_END.test(trimmed) || /итого|всего/i.test(trimmed))
    return true;
  return TOTAL_START.test(folded) || TOTAL_END.test(folded) || GERMAN_COMPOUND.test(folded);
}
