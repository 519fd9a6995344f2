/**
 * Canonical JSON for audit payloads: object keys sorted by UTF-16 code unit order at every
 * depth, no whitespace, `undefined` members dropped, non-finite numbers written as `null`
 * (a blank cell is "no value", never a number). Numbers use JavaScript's shortest
 * round-trip form, which every conforming engine produces identically.
 */
export type JsonValue =
  null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue | undefined };

export function canonicalJson(value: JsonValue | undefined): string {
  return JSON.stringify(normalise(value)) ?? 'null';
}

function normalise(value: JsonValue | undefined): JsonValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => normalise(item));
  const sorted: Record<string, JsonValue> = {};
  for (const key of Object.keys(value).sort()) {
    const member = value[key];
    if (member !== undefined) sorted[key] = normalise(member);
  }
  return sorted;
}

/** Parses a payload; an unreadable one (hand-edited) yields null rather than an exception. */
export function parsePayload(text: string): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}
