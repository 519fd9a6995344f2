/**
 * Apps Script's V8 has no TextEncoder and no Node globals. Bundle the seal and hash in a bare
 * `vm` context (ECMAScript built-ins only) to prove every host computes the same hashes.
 */
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';

const entry = fileURLToPath(new URL('../../../core/seal/chain.ts', import.meta.url));

describe('sealing without TextEncoder', () => {
  it('hashes identically in a context with ECMAScript built-ins only', async () => {
    const bundle = await build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      format: 'iife',
      globalName: 'Seal',
      platform: 'neutral',
      target: 'es2020',
    });
    const context = vm.createContext({});
    vm.runInContext(bundle.outputFiles[0].text, context);
    expect(vm.runInContext('typeof TextEncoder', context)).toBe('undefined');

    const text = 'Kampagne München – Umsatz €1.200 😀';
    const event = {
      time: '2027-03-31T09:15:00.000Z',
      actor: 'Jürgen Prüfer',
      identity: 'verified',
      action: 'sign-off',
      initiative: 'DG-03',
      from: '4 Implemented',
      to: '5 Closed',
      payload: '{"evidence":"Abschluss Q2"}',
    };
    const sealed = vm.runInContext(
      `Seal.sealEvents('0'.repeat(64), [${JSON.stringify(event)}])[0].hash`,
      context,
    ) as string;
    const canonical = JSON.stringify([
      event.time,
      event.actor,
      event.identity,
      event.action,
      event.initiative,
      event.from,
      event.to,
      event.payload,
      '0'.repeat(64),
    ]);
    expect(sealed).toBe(createHash('sha256').update(canonical, 'utf8').digest('hex'));
    expect(vm.runInContext(`Seal.eventHash(${JSON.stringify({ ...event, prevHash: text })})`, context)).toBe(
      createHash('sha256')
        .update(JSON.stringify([...Object.values(event), text]), 'utf8')
        .digest('hex'),
    );
  });
});
