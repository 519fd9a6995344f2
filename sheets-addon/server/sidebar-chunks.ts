import { appsScriptGlobals } from './globals.js';

/**
 * The sidebar's code beyond its first load: each chunk is an HTML file of the script project
 * named `SidebarChunk_<chunk>` (HtmlService serves one page; it cannot serve a script by URL),
 * whose script the sidebar asks for through google.script.run when a pane first needs it. The
 * file holds one `<script>` element, so HtmlService reads it as well-formed HTML; the sidebar
 * gets the script inside.
 */
export const SIDEBAR_CHUNK_PREFIX = 'SidebarChunk_';

/** Chunk names as the build makes them (`ConvertPane-5XQ2JH7L.js`): nothing else is served. */
const CHUNK_NAME = /^[A-Za-z0-9_-]+\.js$/;

/** The project file (without `.html`) that holds a chunk. */
export function sidebarChunkFile(chunk: string): string {
  return SIDEBAR_CHUNK_PREFIX + chunk.replace(/\.js$/, '');
}

export const STALE_SIDEBAR_MESSAGE =
  'PlanGate was updated while this sidebar was open. Close the sidebar and open it again from Extensions › PlanGate.';

const SCRIPT_ELEMENT = /^\s*<script>([\s\S]*)<\/script>\s*$/;

/** The script of each named chunk, in the order asked; one call fetches a pane and what it shares. */
export function sidebarChunks(names: string[]): string[] {
  if (!Array.isArray(names) || names.some((n) => typeof n !== 'string' || !CHUNK_NAME.test(n)))
    throw new Error(`The sidebar asked for code by a name PlanGate does not use. ${STALE_SIDEBAR_MESSAGE}`);
  const html = appsScriptGlobals().HtmlService;
  return names.map((name) => {
    let content: string;
    try {
      content = html.createHtmlOutputFromFile(sidebarChunkFile(name)).getContent();
    } catch {
      // The chunk is missing: the sidebar was built for an earlier version of the add-on.
      throw new Error(STALE_SIDEBAR_MESSAGE);
    }
    const script = SCRIPT_ELEMENT.exec(content)?.[1];
    if (script === undefined)
      throw new Error(
        `The add-on's file ${sidebarChunkFile(name)} is not the one its build wrote: build and push the add-on again (npm run sheets:push).`,
      );
    return script;
  });
}
