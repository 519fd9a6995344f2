// Plain JavaScript so webpack.config.js can use it directly; types in base-url.d.ts.
import { URL } from 'node:url';

/** The origin every manifest URL points to in development. */
export const DEV_BASE_URL = 'https://localhost:3000';

/**
 * The one build setting for production URLs: `PLANGATE_BASE_URL` (an https origin, optionally
 * with a path), defaulting to the development server.
 * @param {Record<string, string | undefined>} env
 * @returns {string}
 */
export function baseUrl(env) {
  const raw = (env.PLANGATE_BASE_URL ?? DEV_BASE_URL).trim().replace(/\/+$/, '');
  let url;
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

/**
 * The manifest with every development URL moved to `base` (AppDomains get its origin).
 * @param {string} template
 * @param {string} base
 * @returns {string}
 */
export function manifestFor(template, base) {
  const origin = new URL(base).origin;
  return template
    .split(`<AppDomain>${DEV_BASE_URL}</AppDomain>`)
    .join(`<AppDomain>${origin}</AppDomain>`)
    .split(DEV_BASE_URL)
    .join(base);
}
