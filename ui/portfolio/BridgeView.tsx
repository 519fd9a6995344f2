import { useState } from 'react';
import {
  Field,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import type { Bridge } from '../../core/index.js';
import { AsyncView } from '../common/AsyncView.js';
import { usePaneStyles } from '../common/layout.js';
import { useAsync } from '../common/useAsync.js';
import { usePane } from '../PaneContext.js';
import type { Formatters } from '../format/formatters.js';

/** `to` value meaning "the register as it is now" rather than a stored snapshot. */
const NOW = '';

const STEPS: [keyof Bridge, string][] = [
  ['start', 'Start'],
  ['newInitiatives', 'New initiatives'],
  ['cancelled', 'Cancelled'],
  ['rebaselined', 'Re-baselined'],
  ['estimateChanges', 'Estimate changes'],
  ['end', 'End'],
];

/**
 * The bridge of estimate at completion between two stored snapshots (or a snapshot and now):
 * how the portfolio got from one figure to the other, each step a sum that adds up exactly.
 */
export function BridgeView({ snapshots }: { snapshots: string[] }) {
  const s = usePaneStyles();
  const { service, version } = usePane();
  const [from, setFrom] = useState(snapshots.length >= 2 ? snapshots[snapshots.length - 2] : snapshots[0]);
  const [to, setTo] = useState(snapshots.length >= 2 ? snapshots[snapshots.length - 1] : NOW);
  const fromLabel = snapshots.includes(from) ? from : snapshots[0];
  const state = useAsync(
    () => service.bridge(fromLabel, to === NOW ? null : to),
    [service, version, fromLabel, to],
  );

  return (
    <div aria-label="Bridge">
      <h3 className={s.h}>Bridge of estimate at completion</h3>
      <div className={s.row}>
        <Field label="From snapshot" className={s.grow}>
          <Select value={fromLabel} onChange={(_, d) => setFrom(d.value)}>
            {snapshots.map((label) => (
              <option key={label} value={label}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="To" className={s.grow}>
          <Select value={to} onChange={(_, d) => setTo(d.value)}>
            {snapshots.map((label) => (
              <option key={label} value={label}>
                {label}
              </option>
            ))}
            <option value={NOW}>Now (register as it is)</option>
          </Select>
        </Field>
      </div>
      <AsyncView state={state} loading="Computing the bridge…">
        {(b) => <BridgeTable bridge={b} />}
      </AsyncView>
    </div>
  );
}

const AMOUNTS = ['start', 'newInitiatives', 'cancelled', 'rebaselined', 'estimateChanges', 'end'] as const;

const hasCents = (v: number): boolean => Math.round(v * 100) % 100 !== 0;

/**
 * How the bridge shows amounts: whole units, as elsewhere, when every figure is whole; otherwise
 * every figure in cents, because rounded steps would no longer add up to the rounded end.
 */
function bridgeMoney(format: Formatters, bridge: Bridge): (value: number) => string {
  if (!AMOUNTS.some((key) => hasCents(bridge[key]))) return (v) => format.money(v);
  let cents: Intl.NumberFormat;
  try {
    cents = new Intl.NumberFormat(undefined, {
      style: 'currency',
      currency: format.currency,
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
  } catch {
    // A currency code Intl does not know: the amount with the code as text, as format.money does.
    const plain = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    return (v) => `${plain.format(v)} ${format.currency}`;
  }
  return (v) => cents.format(v);
}

/** Start, each step signed, end: the amounts as shown add up. */
function BridgeTable({ bridge: b }: { bridge: Bridge }) {
  const s = usePaneStyles();
  const { format } = usePane();
  const money = bridgeMoney(format, b);
  return (
    <Table size="extra-small" aria-label={`Bridge from ${b.from} to ${b.to}`}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Step</TableHeaderCell>
          <TableHeaderCell className={s.numHead}>Amount</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {STEPS.map(([key, label]) => {
          const value = b[key] as number;
          const total = key === 'start' || key === 'end';
          return (
            <TableRow key={key}>
              <TableCell>{total ? `${label} (${key === 'start' ? b.from : b.to})` : label}</TableCell>
              <TableCell className={s.num}>
                {total || value < 0 ? money(value) : `+${money(value)}`}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

/** The bridge, or what to do when no snapshot has been stored yet. */
export function BridgeSection({ snapshots }: { snapshots: string[] }) {
  const s = usePaneStyles();
  if (snapshots.length === 0)
    return (
      <div aria-label="Bridge">
        <h3 className={s.h}>Bridge of estimate at completion</h3>
        <Text as="p" size={200}>
          No snapshot stored yet: store one at each monthly review, then the bridge shows how the estimate
          moved between them (new, cancelled, re-baselined, estimate changes).
        </Text>
      </div>
    );
  return <BridgeView key={snapshots.join('|')} snapshots={snapshots} />;
}
