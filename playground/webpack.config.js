// Builds the playground: `npm run build:playground` (production, split chunks) and `npm start` (dev server).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import { minimizers, panePlugins, paneRules } from '../build/pane-pages.js';

const here = path.dirname(fileURLToPath(import.meta.url));

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
    module: { rules: paneRules(production) },
    plugins: [...panePlugins(production), new HtmlWebpackPlugin({ template: path.join(here, 'index.html') })],
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
