/**
 * `npm run manifest:json`: writes manifest.json (the unified manifest for Microsoft 365) from
 * manifest.xml and functions.json, and dist/excel/manifest.json from the built dist/excel/manifest.xml
 * (production URLs) when there is one. `npm run validate` fails when manifest.json is stale.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { unifiedManifest } from './unified-manifest.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));

/** The unified manifest generated from `xmlFile`, as a value (compare it, don't compare text). */
export function unifiedManifestOf(xmlFile: string): unknown {
  const functions = JSON.parse(
    readFileSync(`${repo}excel-addin/functions/functions.json`, 'utf8'),
  ) as Parameters<typeof unifiedManifest>[1];
  return JSON.parse(JSON.stringify(unifiedManifest(readFileSync(xmlFile, 'utf8'), functions))) as unknown;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [xml, json] of [
    ['manifest.xml', 'manifest.json'],
    ['dist/excel/manifest.xml', 'dist/excel/manifest.json'],
  ]) {
    if (!existsSync(repo + xml)) continue;
    const options = (await resolveConfig(repo + json)) ?? {};
    writeFileSync(
      repo + json,
      await format(JSON.stringify(unifiedManifestOf(repo + xml)), { ...options, parser: 'json' }),
    );
    console.log(`${json} written from ${xml}`);
  }
}
