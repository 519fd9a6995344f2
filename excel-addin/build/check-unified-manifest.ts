import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { UNIFIED_SCHEMA_VERSION } from './unified-manifest.js';

const require = createRequire(import.meta.url);

/**
 * Checks manifest.json against Microsoft's published JSON schema, offline: the schema file ships in
 * npm @microsoft/app-manifest (build/json-schemas/teams/v<version>/MicrosoftTeams.schema.json).
 * Returns every problem as "path: message".
 */
export function checkUnifiedManifest(manifest: unknown): string[] {
  const file = require.resolve(
    `@microsoft/app-manifest/build/json-schemas/teams/v${UNIFIED_SCHEMA_VERSION}/MicrosoftTeams.schema.json`,
  );
  const schema = JSON.parse(readFileSync(file, 'utf8')) as object;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  if (validate(manifest)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? 'is invalid'}`);
}
