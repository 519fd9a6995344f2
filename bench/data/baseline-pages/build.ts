import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * Pages the ui-playground benchmark loads between the playground's loads, to read its time to
 * interactive against what this machine needs, at that moment, for React alone and for a minimal
 * Fluent UI pane.
 */
export const BASELINE_PAGES = ['react-alone', 'fluent-controls'] as const;
export type BaselinePage = (typeof BASELINE_PAGES)[number];

export interface BaselineBuild {
  /** The built folder of each page (index.html and main.js). */
  folders: Record<BaselinePage, string>;
  /** Deletes the temporary folders. */
  remove(): void;
}

/** Builds each page for production into its own folder under a temporary one. */
export async function buildBaselinePages(): Promise<BaselineBuild> {
  const root = mkdtempSync(path.join(tmpdir(), 'plangate-baselines-'));
  const folders = {} as Record<BaselinePage, string>;
  for (const page of BASELINE_PAGES) {
    const dist = path.join(root, page);
    mkdirSync(dist);
    await build({
      entryPoints: [path.join(here, `${page}.tsx`)],
      bundle: true,
      minify: true,
      jsx: 'automatic',
      target: 'es2020',
      define: { 'process.env.NODE_ENV': '"production"' },
      outfile: path.join(dist, 'main.js'),
      logLevel: 'error',
    });
    writeFileSync(
      path.join(dist, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${page}</title>` +
        '<script defer src="main.js"></script></head><body><div id="root"></div></body></html>',
    );
    folders[page] = dist;
  }
  return { folders, remove: () => rmSync(root, { recursive: true, force: true }) };
}
