import { describe, expect, it } from 'vitest';
import { runDemo } from '../../../scripts/demo.js';

describe('npm run demo', () => {
  it('converts the sample, gates and signs off through the service and prints a consistent portfolio', async () => {
    const lines: string[] = [];
    await runDemo((line) => lines.push(line));
    const text = lines.join('\n');
    expect(text).toContain('Converted "Marketing Plan 2027": 22 initiatives added');
    expect(text).toMatch(/✘ Anna Schmidt +Anna Schmidt is the owner of DG-01, and an owner cannot sign off/);
    expect(text).toMatch(/✔ Jonas Keller +Signed off DG-01 at 5 Closed/);
    expect(text).toMatch(/Audit: \d+ events, chain intact\./);
    // The DoI waterfall counts every initiative once.
    const waterfall = text.split('DoI waterfall:')[1].split('\n\n')[0];
    const counts = [...waterfall.matchAll(/^\d \S+ +(\d+) /gm)].map((m) => Number(m[1]));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(22);
  });
});
