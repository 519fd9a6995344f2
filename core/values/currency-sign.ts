/**
 * The currency a sign or a number format names: `R$ 37.000,00`, `₦500`, `"₦"#,##0.00`,
 * `[$$-409]#,##0.00` (the locale id says whose dollar), `_("€"* #,##0.00`, `[$€-413]`.
 * Null when it names none; a bare `$` or `kr` without a locale is read as its most common use.
 */
export interface CurrencySign {
  code: string;
  /** The sign as written ("R$", "₦", "[$$-409]"). */
  sign: string;
}

/** Windows locale ids of `[$sign-LCID]` formats whose sign alone is ambiguous. */
const LOCALE_CURRENCY: Record<string, string> = {
  '409': 'USD',
  '1009': 'CAD',
  c09: 'AUD',
  '1409': 'NZD',
  '480a': 'MXN',
  '2c0a': 'ARS',
  '340a': 'CLP',
  '240a': 'COP',
  '416': 'BRL',
  '41d': 'SEK',
  '414': 'NOK',
  '406': 'DKK',
  '411': 'JPY',
  '804': 'CNY',
  '404': 'TWD',
  '412': 'KRW',
  '1004': 'SGD',
  c04: 'HKD',
};

const SIGNS: [RegExp, string][] = [
  [/R\$/, 'BRL'],
  [/US\$/, 'USD'],
  [/A\$/, 'AUD'],
  [/C\$/, 'CAD'],
  [/HK\$/, 'HKD'],
  [/NT\$/, 'TWD'],
  [/₦/, 'NGN'],
  [/€/, 'EUR'],
  [/£/, 'GBP'],
  [/₹/, 'INR'],
  [/₩/, 'KRW'],
  [/₫/, 'VND'],
  [/₽/, 'RUB'],
  [/₺/, 'TRY'],
  [/¥|円/, 'JPY'],
  [/\$/, 'USD'],
];

/** The currency of a number format code as Excel stores it, or null (General, plain numbers, %). */
export function currencyOfFormat(format: string): CurrencySign | null {
  const bracket = /\[\$([^\]-]*)-([0-9a-f]+)\]/i.exec(format);
  if (bracket) {
    const byLocale = LOCALE_CURRENCY[bracket[2].toLowerCase()];
    const bySign = bracket[1] ? currencyOfText(bracket[1]) : null;
    const code = bySign && bySign.code !== 'USD' ? bySign.code : (byLocale ?? bySign?.code);
    if (code) return { code, sign: bracket[0] };
  }
  // Literal signs in quotes or escaped: "₦"#,##0.00, \$#,##0, _("€"* …
  const literal = /"([^"]+)"|\\(.)/g;
  for (let m = literal.exec(format); m; m = literal.exec(format)) {
    const found = currencyOfText(m[1] ?? m[2] ?? '');
    if (found) return found;
  }
  const bare = /^[^"\\[]*?([€£¥₦₹₩₫$])/.exec(format);
  return bare ? currencyOfText(bare[1]) : null;
}

/** The currency sign at the start or end of an amount typed as text ("R$ 1.100,00", "$50"). */
export function currencyOfText(text: string): CurrencySign | null {
  for (const [pattern, code] of SIGNS) {
    const m = pattern.exec(text);
    if (m) return { code, sign: m[0] };
  }
  return null;
}
