// Adds <link rel="preload" as="script"> for the lazy chunks a page needs before it is interactive
// (the core), so the browser fetches them alongside the entry script instead of one after another
// once the entry has run. Used by the Excel task pane, whose first pane depends on the workbook; the
// playground, which always opens on Convert plan, carries the core and that pane in its entry.
import HtmlWebpackPlugin from 'html-webpack-plugin';

export class PreloadChunksPlugin {
  /** @param {string[]} modules path endings of the modules whose chunks (and their split-off parts) to preload */
  constructor(modules) {
    this.modules = modules;
  }

  apply(compiler) {
    compiler.hooks.compilation.tap('PreloadChunksPlugin', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('PreloadChunksPlugin', (data) => {
        const publicPath = data.publicPath ?? '';
        for (const file of this.files(compilation)) {
          data.headTags.push({
            tagName: 'link',
            voidTag: true,
            attributes: { rel: 'preload', as: 'script', href: publicPath + file },
            meta: { plugin: 'PreloadChunksPlugin' },
          });
        }
        return data;
      });
    });
  }

  files(compilation) {
    const files = new Set();
    for (const ending of this.modules) {
      // Production builds concatenate modules: look inside each for the one named.
      const named = (m) => m.resource?.replaceAll('\\', '/').endsWith(ending);
      // The module itself stays listed once concatenated into another: take one a chunk holds.
      const module = [...compilation.modules].find(
        (m) => (named(m) || m.modules?.some(named)) && compilation.chunkGraph.getNumberOfModuleChunks(m) > 0,
      );
      if (!module)
        throw new Error(
          `PreloadChunksPlugin: no module ends with ${ending}; fix the list in the webpack config.`,
        );
      for (const chunk of compilation.chunkGraph.getModuleChunks(module)) {
        if (chunk.canBeInitial()) continue; // already a script tag of the page
        for (const group of chunk.groupsIterable) {
          for (const part of group.chunks) {
            if (part.canBeInitial()) continue;
            for (const file of part.files) if (file.endsWith('.js')) files.add(file);
          }
        }
      }
    }
    return files;
  }
}
