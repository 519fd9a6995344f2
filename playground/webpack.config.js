// Builds the playground: `npm run build:playground` (production, split chunks) and `npm start` (dev server).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import { EsbuildPlugin } from 'esbuild-loader';
import TerserPlugin from 'terser-webpack-plugin';
import { PreloadChunksPlugin } from '../excel-addin/build/preload-chunks-plugin.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Library chunks too big for terser (minutes); esbuild minifies them in seconds. */
export const ESBUILD_MINIFIED = /^(?:reader|naa)\./;

/**
 * Terser packs the pages' own chunks about 9% smaller (gzip) than esbuild, which counts against
 * the 200 KB first-load budget; esbuild keeps the big library chunks fast to build.
 */
export const minimizers = () => [
  new TerserPlugin({
    exclude: ESBUILD_MINIFIED,
    extractComments: false,
    terserOptions: { ecma: 2020, compress: { passes: 2 }, format: { comments: false } },
  }),
  new EsbuildPlugin({ include: ESBUILD_MINIFIED, target: 'es2020', legalComments: 'none' }),
];

/**
 * Lazy modules fetched alongside the entry: the core, which the shell needs for its first call
 * (overview). The first pane (Register or Convert plan, whichever the workbook calls for) is
 * fetched once that call says which; preloading both would load one for nothing.
 */
export const FIRST_LOAD_MODULES = ['core/service/create-governance-service.ts'];

export default (_env, argv) => {
  const production = argv.mode !== 'development';
  return {
    mode: production ? 'production' : 'development',
    entry: { main: path.join(here, 'main.tsx') },
    output: {
      path: path.join(here, '..', 'dist', 'playground'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    devtool: production ? false : 'eval-cheap-module-source-map',
    resolve: {
      extensions: ['.tsx', '.ts', '.js'],
      // Sources import with .js extensions (ESM style); the files are .ts/.tsx.
      extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
      // The spreadsheet reader mentions Node modules it never uses in a browser.
      fallback: { fs: false, path: false, stream: false, crypto: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          loader: 'esbuild-loader',
          options: { target: 'es2020', jsx: 'automatic' },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ template: path.join(here, 'index.html') }),
      // The core and the first pane are needed before the page is interactive: fetch them at once.
      new PreloadChunksPlugin(FIRST_LOAD_MODULES),
    ],
    optimization: {
      splitChunks: { chunks: 'async' },
      minimizer: minimizers(),
    },
    performance: { hints: false },
    devServer: {
      host: 'localhost',
      port: 3000,
      server: 'http',
      hot: false,
      client: { overlay: { warnings: false } },
    },
  };
};
