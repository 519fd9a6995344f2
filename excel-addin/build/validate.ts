/**
 * `npm run validate`: structural checks of manifest.xml and, when built, dist/excel/manifest.xml.
 * Offline on purpose; `office-addin-manifest validate` needs Microsoft's web service.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { addinSources } from './addin-sources.js';
import { requiredExcelApi, requiredOtherSets } from './api-requirements.js';
import { checkManifest } from './check-manifest.js';

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
process.exitCode = failed ? 1 : 0;
