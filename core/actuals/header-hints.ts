/** Header words that suggest what an export column holds (English, German, French, Spanish). */
export const KEY_HINT =
  /\b(id|key|campaign|kampagne|account|cost ?cent(er|re)|kostenstelle|project|projekt|code|sku|opportunity)/i;
export const DATE_HINT =
  /(date|datum|month|monat|period|periode|zeitraum|day|tag|week|woche|mois|fecha|mes|posting|buchung|booked|close|invoice|rechnung)/i;
/** Benefit amounts: what an initiative realises. */
export const VALUE_HINT =
  /(amount|revenue|value|umsatz|betrag|wert|erl[öo]s|actual|\bist\b|net|sales|bookings|income|montant|importe|ingresos|savings|einsparung|margin|marge)/i;
/** Spend amounts: realised value only for cost initiatives, so a weaker guess. */
export const SPEND_HINT = /(cost|spend|kosten|ausgaben|expense|aufwand|co[uû]t|gasto)/i;
/** Numbers that are not money: rates, counts, scores, budgets, averages. */
export const NOT_AMOUNT_HINT =
  /(probab|rate|\s\/\s|\bper\b|%|share|score|qty|quantity|count|menge|anzahl|impr|click|interaction|conv\.? rate|avg|average|cpc|cpm|ctr|budget|\bid\b|number|nummer|year|jahr|lost|order)/i;
export const STAGE_HINT = /(stage|status|phase|stufe|étape|etapa)/i;
export const WON_VALUE = /(won|gewonnen|gagn|ganad)/i;
export const LOST_VALUE = /(lost|verloren|perdu|perdid)/i;
export const CURRENCY_HINT = /(currency|währung|devise|moneda)/i;
/** A row whose label starts like this is a totals row, never an initiative's actual. */
export const TOTAL_LABEL =
  /^\s*(grand total|total|totals|summe|gesamt|insgesamt|totaal|tổng|subtotal|zwischensumme)\b/i;
