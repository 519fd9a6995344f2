// Webpack pieces shared by every page that shows the panes: the playground and the Excel task pane.
import MiniCssExtractPlugin from 'mini-css-extract-plugin';
import { GriffelCSSExtractionPlugin } from '@griffel/webpack-extraction-plugin';
import { EsbuildPlugin } from 'esbuild-loader';
import TerserPlugin from 'terser-webpack-plugin';
import { CompileHintsPlugin } from './compile-hints-plugin.js';
import { ShellStylePlugin } from './shell-style-plugin.js';

/** Library chunks too big for terser (minutes); esbuild minifies them in seconds. */
export const ESBUILD_MINIFIED = /^(?:reader|naa)\./;

const compileTs = { loader: 'esbuild-loader', options: { target: 'es2020', jsx: 'automatic' } };

/**
 * Production builds compile every Fluent UI and PlanGate style at build time and move the CSS into
 * one stylesheet (Griffel's extraction): no style is computed or inserted while the page starts,
 * and the scripts lose the style engine. Development keeps Griffel's runtime, which needs no Babel
 * pass and rebuilds fast.
 */
export function paneRules(production) {
  if (!production) return [{ test: /\.tsx?$/, ...compileTs }];
  return [
    {
      test: /\.tsx?$/,
      // Loaders run last to first: TypeScript to JavaScript, then styles compiled, then extracted.
      use: [{ loader: GriffelCSSExtractionPlugin.loader }, { loader: '@griffel/webpack-loader' }, compileTs],
    },
    {
      test: /\.m?js$/,
      include: /node_modules[\\/]@fluentui[\\/]/,
      use: { loader: GriffelCSSExtractionPlugin.loader },
    },
    { test: /\.css$/, use: [MiniCssExtractPlugin.loader, 'css-loader'] },
  ];
}

export function panePlugins(production) {
  if (!production) return [new ShellStylePlugin()];
  return [
    new ShellStylePlugin(),
    // Griffel sorts its own rules; the chunk order mini-css-extract-plugin warns about does not matter.
    new MiniCssExtractPlugin({ filename: '[name].[contenthash:8].css', ignoreOrder: true }),
    new GriffelCSSExtractionPlugin(),
    new CompileHintsPlugin(),
  ];
}

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
