// Asks V8 to compile the entry scripts whole while they download, instead of one function at a
// time on the page's thread when each is first called. Nearly every function of an entry runs
// during start-up (React DOM, Fluent UI, the first pane), so the work moves to the background
// streaming compile. Browsers that do not know the comment ignore it.
import webpack from 'webpack';

const HINT = '//# allFunctionsCalledOnLoad\n';

export class CompileHintsPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('CompileHintsPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        // Right after minifying (which drops comments), before source maps and content hashes.
        { name: 'CompileHintsPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1 },
        () => {
          for (const chunk of compilation.chunks) {
            if (!chunk.canBeInitial()) continue;
            for (const file of chunk.files)
              if (file.endsWith('.js'))
                compilation.updateAsset(file, (source) => new webpack.sources.ConcatSource(HINT, source));
          }
        },
      );
    });
  }
}
