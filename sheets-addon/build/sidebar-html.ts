import * as esbuild from 'esbuild';

/**
 * Builds `Sidebar.html`: the shared panes and the google.script.run bridge as one file with
 * every script and style inlined (HtmlService serves one file; React 19 has no UMD build to
 * load from a CDN).
 */
export async function buildSidebarHtml(entry: string): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    logLevel: 'silent',
    outdir: 'out',
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'))?.text ?? '';
  const css = result.outputFiles.find((f) => f.path.endsWith('.css'))?.text ?? '';
  if (!js) throw new Error('esbuild produced no sidebar script');
  // A literal "</script" inside the script would end the tag early.
  const safeJs = js.replace(/<\/script/gi, '<\\/script');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<base target="_top">',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>PlanGate</title>',
    `<style>html,body{margin:0;padding:0;}${css}</style>`,
    '</head>',
    '<body>',
    '<div id="root"></div>',
    `<script>${safeJs}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
