/**
 * Seeded synthetic registers shaped like real marketing plans: a few programs, many owners,
 * mostly active initiatives, plan phased over every period with some blanks, actuals up to the
 * as-of period with gaps, forecasts after it, some shared campaign keys. Amounts are whole cents
 * so spreadsheet oracles and the core can be compared to the cent.
 */
import { defaultSettings } from '../../core/index.js';
import { blankInitiative, type Initiative, type Light, type State } from '../../core/index.js';
import type { Register } from '../../core/index.js';
import type { Settings } from '../../core/index.js';
import { seededRandom } from './random.js';

export interface SyntheticOptions {
  initiatives: number;
  periods: number;
  seed: number;
  /** First period, `YYYY-MM`. */
  firstPeriod?: string;
  /** As-of date; defaults to the middle of the periods. */
  asOf?: string;
}

const PROGRAMS = ['Growth', 'Retention', 'Pricing', 'Brand', 'Partner', 'Digital', 'Field Sales', 'Loyalty'];
const WORKSTREAMS = ['Paid', 'Owned', 'Earned', 'Channel', 'Direct'];
const STATE_MIX: [State, number][] = [
  ['active', 0.8],
  ['on hold', 0.06],
  ['cancelled', 0.07],
  ['closed', 0.07],
];
const LIGHT_MIX: Light[] = ['green', 'green', 'green', 'amber', 'red'];

export function monthPeriods(first: string, count: number): string[] {
  const year0 = Number(first.slice(0, 4));
  const month0 = Number(first.slice(5, 7)) - 1;
  return Array.from({ length: count }, (_, i) => {
    const m = month0 + i;
    return `${year0 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
  });
}

function daysBefore(isoDay: string, days: number): string {
  return new Date(Date.parse(`${isoDay}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

export function syntheticSettings(asOf: string): Settings {
  return defaultSettings(asOf);
}

export function syntheticRegister(options: SyntheticOptions): Register {
  const random = seededRandom(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const cents = (max: number): number => Math.round(random() * max * 100) / 100;
  const periods = monthPeriods(options.firstPeriod ?? '2027-01', options.periods);
  const asOfIndex = Math.floor(options.periods / 2) - 1;
  const asOf = options.asOf ?? `${periods[Math.max(asOfIndex, 0)]}-15`;
  const owners = Math.max(1, Math.floor(options.initiatives / 50));
  const clients = Math.max(1, Math.floor(options.initiatives / 200));

  const initiatives: Initiative[] = [];
  for (let i = 0; i < options.initiatives; i++) {
    const id = `INI-${String(i + 1).padStart(6, '0')}`;
    const item = blankInitiative(id, periods.length);
    item.name = `Initiative ${i + 1}`;
    item.program = pick(PROGRAMS);
    item.workstream = pick(WORKSTREAMS);
    item.owner = `Owner ${1 + Math.floor(random() * owners)}`;
    item.client = `Client ${1 + Math.floor(random() * clients)}`;
    item.doi = Math.floor(random() * 6);
    let roll = random();
    for (const [state, share] of STATE_MIX) {
      item.state = state;
      if ((roll -= share) < 0) break;
    }
    if (item.state === 'closed') {
      item.doi = 5;
      item.confirmedValue = cents(200_000);
    }
    item.implementationStatus = pick(LIGHT_MIX);
    // Reviews 0–36 days before the as-of date: about one in six is overdue at 30 days.
    item.lastReview = daysBefore(asOf, Math.floor(random() * 37));
    // One in six has a gate date, from 20 days ago to 40 days ahead.
    item.nextGateDue = random() < 1 / 6 ? daysBefore(asOf, 20 - Math.floor(random() * 61)) : null;
    // Every twentieth initiative shares a campaign key with a neighbour.
    item.keys = [i % 20 === 0 ? `CMP-${Math.floor(i / 40)}` : `CMP-${id}`];

    const monthly = cents(20_000);
    const toDate = asOfIndex;
    for (let p = 0; p < periods.length; p++) {
      if (random() < 0.9) item.plan[p] = Math.round(monthly * (0.5 + random()) * 100) / 100;
      if (p <= toDate) {
        if (random() < 0.93) item.actual[p] = Math.round(monthly * (0.75 + 0.45 * random()) * 100) / 100;
        // Some owners keep the forecast of past months too; it counts only where the actual is blank.
        if (random() < 0.3) item.forecast[p] = Math.round(monthly * (0.8 + 0.4 * random()) * 100) / 100;
      } else if (random() < 0.7) {
        item.forecast[p] = Math.round(monthly * (0.8 + 0.4 * random()) * 100) / 100;
      }
    }
    initiatives.push(item);
  }
  return {
    periods,
    initiatives,
    settings: { ...syntheticSettings(asOf), target: options.initiatives * 150_000 },
    audit: [],
    snapshots: [],
    extraColumns: [],
    seriesExtras: {},
  };
}
