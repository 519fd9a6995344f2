// Builds the Excel add-in into dist/excel: `npm run build:excel` (production) and `npm run dev-server`
// (https on localhost:3000, the URLs of manifest.xml). PLANGATE_BASE_URL moves every manifest URL
// for production; PLANGATE_NAA_CLIENT_ID switches on nested app authentication (docs/excel.md).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import webpack from 'webpack';
import { baseUrl, manifestFor } from './build/base-url.js';
import { PreloadChunksPlugin } from '../build/preload-chunks-plugin.js';
import { minimizers, panePlugins, paneRules } from '../build/pane-pages.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.join(here, '..');

/** Files copied or generated into the output next to the bundles. */
class EmitFilesPlugin {
  constructor(files) {
    this.files = files;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('EmitFilesPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'EmitFilesPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          for (const [name, read] of Object.entries(this.files())) {
            compilation.emitAsset(name, new webpack.sources.RawSource(read()));
          }
        },
      );
    });
  }
}

/** The dev certificate Office trusts (office-addin-dev-certs), or webpack's own self-signed one. */
async function httpsServer() {
  try {
    const certs = await import('office-addin-dev-certs');
    return { type: 'https', options: await certs.getHttpsServerOptions() };
  } catch {
    return 'https';
  }
}

export default async (_env, argv) => {
  const production = argv.mode !== 'development';
  const base = baseUrl(process.env);
  const assets = Object.fromEntries(
    readdirSync(path.join(here, 'assets')).map((file) => [
      `assets/${file}`,
      () => readFileSync(path.join(here, 'assets', file)),
    ]),
  );
  return {
    mode: production ? 'production' : 'development',
    context: here,
    entry: {
      taskpane: './taskpane/taskpane.tsx',
      commands: './commands/commands.ts',
      functions: './functions/functions.ts',
    },
    output: {
      path: path.join(repo, 'dist', 'excel'),
      // Entry names stay stable: the manifest names functions.js.
      filename: '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    devtool: production ? false : 'eval-cheap-module-source-map',
    resolve: {
      extensions: ['.tsx', '.ts', '.js'],
      extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
      fallback: { fs: false, path: false, stream: false, crypto: false },
    },
    module: {
      rules: paneRules(production),
    },
    plugins: [
      ...panePlugins(production),
      new webpack.DefinePlugin({
        PLANGATE_NAA_CLIENT_ID: JSON.stringify(process.env.PLANGATE_NAA_CLIENT_ID ?? ''),
      }),
      // One page for the pane, the ribbon commands and the custom functions: the shared runtime.
      // commands.js is not injected: the template loads it first, without defer (see commands.ts).
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: path.join(here, 'taskpane', 'taskpane.html'),
        chunks: ['taskpane', 'functions'],
      }),
      // The core is fetched alongside the entry; the first pane (Register or Convert plan, whichever
      // the workbook calls for) as soon as the overview answers (ui/appStart.ts).
      new PreloadChunksPlugin(['core/service/create-governance-service.ts']),
      new EmitFilesPlugin(() => ({
        ...assets,
        'functions.json': () => readFileSync(path.join(here, 'functions', 'functions.json')),
        'support.html': () => readFileSync(path.join(here, 'support', 'support.html')),
        'manifest.xml': () => manifestFor(readFileSync(path.join(repo, 'manifest.xml'), 'utf8'), base),
      })),
    ],
    optimization: {
      splitChunks: { chunks: 'async' },
      minimizer: minimizers(),
    },
    performance: { hints: false },
    // Only `npm run dev-server` serves; a production build must not create or install certificates.
    devServer: production
      ? undefined
      : {
          host: 'localhost',
          port: 3000,
          server: await httpsServer(),
          headers: { 'Access-Control-Allow-Origin': '*' },
          hot: false,
          client: { overlay: { warnings: false } },
        },
  };
};
