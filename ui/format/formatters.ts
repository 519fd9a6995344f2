/** Number formatting in the user's locale and the register's currency; panes never format by hand. */
export interface Formatters {
  currency: string;
  money(value: number | null | undefined): string;
  number(value: number | null | undefined): string;
  percent(value: number | null | undefined): string;
  dateTime(iso: string): string;
}

const DASH = '—';

/** Builds a formatter on first use: Intl objects are costly to create, and a pane may need none. */
function onFirstUse<T>(create: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= create());
}

export function createFormatters(currency: string, locale?: string): Formatters {
  const moneyFormat = onFirstUse<Pick<Intl.NumberFormat, 'format'>>(() => {
    try {
      return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 });
    } catch {
      // An unknown currency code in PG Settings still shows amounts, with the code as text.
      const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
      return { format: (n: number) => `${plain.format(n)} ${currency}` };
    }
  });
  const numberFormat = onFirstUse(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }));
  const percentFormat = onFirstUse(
    () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }),
  );
  const dateFormat = onFirstUse(
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
  );
  const ok = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);
  return {
    currency,
    money: (v) => (ok(v) ? moneyFormat().format(v) : DASH),
    number: (v) => (ok(v) ? numberFormat().format(v) : DASH),
    percent: (v) => (ok(v) ? percentFormat().format(v) : DASH),
    dateTime: (iso) => {
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? iso : dateFormat().format(d);
    },
  };
}
