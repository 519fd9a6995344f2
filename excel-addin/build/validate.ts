/**
 * `npm run validate`: structural checks of manifest.xml and, when built, dist/excel/manifest.xml.
 * Offline on purpose; `office-addin-manifest validate` needs Microsoft's web service.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { addinSources } from './addin-sources.js';
import { requiredExcelApi, requiredOtherSets } from './api-requirements.js';
import { checkManifest } from './check-manifest.js';
import { checkUnifiedManifest } from './check-unified-manifest.js';
import { UNIFIED_SCHEMA_VERSION } from './unified-manifest.js';
import { isDeepStrictEqual } from 'node:util';
import { unifiedManifestOf } from './write-unified-manifest.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const sources = addinSources(`${repo}excel-addin`);
const required = requiredExcelApi(sources);
const otherSets = requiredOtherSets(sources);
let failed = false;
for (const file of ['manifest.xml', 'dist/excel/manifest.xml']) {
  if (!existsSync(repo + file)) continue;
  const problems = checkManifest(readFileSync(repo + file, 'utf8'), { excelApi: required.set, otherSets });
  failed ||= problems.length > 0;
  console.log(
    problems.length ? `${file}:\n  ${problems.join('\n  ')}` : `${file}: OK (needs ExcelApi ${required.set})`,
  );
}
// The unified manifest: in step with manifest.xml, and valid against Microsoft's JSON schema.
for (const [xml, json] of [
  ['manifest.xml', 'manifest.json'],
  ['dist/excel/manifest.xml', 'dist/excel/manifest.json'],
]) {
  if (!existsSync(repo + json)) continue;
  const written = JSON.parse(readFileSync(repo + json, 'utf8')) as unknown;
  const problems = checkUnifiedManifest(written);
  if (existsSync(repo + xml) && !isDeepStrictEqual(unifiedManifestOf(repo + xml), written))
    problems.push(`${json} is older than ${xml}: run npm run manifest:json.`);
  failed ||= problems.length > 0;
  console.log(
    problems.length
      ? `${json}:\n  ${problems.join('\n  ')}`
      : `${json}: OK (schema v${UNIFIED_SCHEMA_VERSION})`,
  );
}
process.exitCode = failed ? 1 : 0;
