import { encodeRegister } from '../../../core/codec/index.js';
import { computeMetrics } from '../../../core/metrics/compute-metrics.js';
import type { Register } from '../../../core/model/register.js';
import type { WritePlan } from '../../../core/contract/workbook-port.js';
import { latestBaselines, signOffChanges } from '../../../core/seal/sealed-values.js';
import { FileWorkbook } from '../../../io/file-workbook.js';
import { initiativeFixture, registerFixture } from '../../core/merge/register-fixture.js';

/** A small register with every kind of cell the PG sheets hold: text, money, dates, blanks, lights. */
export function sampleRegister(): Register {
  const register = registerFixture(
    ['2027-01', '2027-02', '2027-03', '2027-04'],
    [
      initiativeFixture('CAMP-01', 'Webinar series', [1000, 2000, 3000, 4000], {
        owner: 'Ann Owner',
        program: 'Demand Gen',
        keys: ['7011A', '7011B'],
        start: '2027-01-01',
        due: '2027-06-30',
        implementationStatus: 'green',
        target: 10000,
      }),
      initiativeFixture('CAMP-02', 'Partner push =SUM(A1)', [500, null, 500, 500], {
        program: 'Partners',
        client: 'Acme',
      }),
    ],
  );
  register.initiatives[0].actual.set([900, 1500, Number.NaN, Number.NaN]);
  return register;
}

/** Every PG sheet of the register, as one write plan. */
export function registerWritePlan(register: Register): WritePlan {
  const metrics = computeMetrics(register, {
    baselines: latestBaselines(register),
    signOffChanges: signOffChanges(register),
  });
  return { sheets: encodeRegister(register, metrics) };
}

/** A `;`-delimited CSV export with German number text, as a user converts it. */
const SOURCE_CSV = 'Campaign;Owner;Jan 27;Feb 27\nWebinars;Ann;"1.200,50";800\n';

/** The sample register written by the command line's file writer over a converted CSV, as .xlsx bytes. */
export async function convertedWorkbook() {
  const file = await FileWorkbook.open('plan.csv', new TextEncoder().encode(SOURCE_CSV));
  const plan = registerWritePlan(sampleRegister());
  await file.write(plan);
  const { bytes, notes } = await file.toXlsx('EUR');
  return { file, plan, bytes, notes };
}
