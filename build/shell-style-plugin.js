// The style both task-pane pages need before any script runs: a full-height root, and the
// "Opening…" line their HTML shows until the pane is drawn. Added to each page's <head> here, so
// the Excel task pane and the playground share one copy.
import HtmlWebpackPlugin from 'html-webpack-plugin';

const SHELL_STYLE = [
  'html,body,#root{margin:0;height:100%}',
  ".opening{margin:0;padding:12px 16px;font:14px 'Segoe UI',system-ui,sans-serif;color:#616161}",
].join('');

export class ShellStylePlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap('ShellStylePlugin', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('ShellStylePlugin', (data) => {
        data.headTags.unshift({
          tagName: 'style',
          voidTag: false,
          innerHTML: SHELL_STYLE,
          meta: { plugin: 'ShellStylePlugin' },
        });
        return data;
      });
    });
  }
}
