import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SHEETS_DIST } from '../../../sheets-addon/build/build.js';

/**
 * The HTML files of the built script project (Sidebar.html and the SidebarChunk_* files) by
 * name without `.html`, as Apps Script's HtmlService finds them. Run `buildSheets()` first.
 */
export function builtHtmlFiles(dist = SHEETS_DIST): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dist)
      .filter((file) => file.endsWith('.html'))
      .map((file) => [file.replace(/\.html$/, ''), readFileSync(path.join(dist, file), 'utf8')]),
  );
}
