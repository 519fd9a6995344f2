/** The origin every manifest URL points to in development. */
export const DEV_BASE_URL = 'https://localhost:3000';

/**
 * The one build setting for production URLs: `PLANGATE_BASE_URL` (an https origin, optionally
 * with a path), defaulting to the development server.
 */
export function baseUrl(env: Record<string, string | undefined>): string {
  const raw = (env.PLANGATE_BASE_URL ?? DEV_BASE_URL).trim().replace(/\/+$/, '');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `PLANGATE_BASE_URL "${raw}" is not a URL: set it to the https address that serves the add-in, e.g. https://plangate.example.com.`,
    );
  }
  if (url.protocol !== 'https:') {
    throw new Error(`PLANGATE_BASE_URL "${raw}" must use https: Office loads add-ins only over https.`);
  }
  return raw;
}

/** The manifest with every development URL moved to `base`. */
export function manifestFor(template: string, base: string): string {
  const origin = new URL(base).origin;
  return template
    .split(`<AppDomain>${DEV_BASE_URL}</AppDomain>`)
    .join(`<AppDomain>${origin}</AppDomain>`)
    .split(DEV_BASE_URL)
    .join(base);
}
