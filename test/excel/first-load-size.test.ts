import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { firstLoadScripts, firstLoadSize } from '../../scripts/size-check.js';

describe('first-load scripts of a built page', () => {
  it('counts entry scripts and preloaded chunks, not the CDN office.js or prefetched chunks', () => {
    const html = [
      '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>',
      '<link rel="preload" as="script" href="804.abc.js">',
      '<link rel="prefetch" href="669.later.js">',
      '<link rel="preload" as="style" href="app.css">',
      '<script defer="defer" src="taskpane.js"></script><script src=commands.js></script>',
    ].join('');
    expect(firstLoadScripts(html)).toEqual(['taskpane.js', 'commands.js', '804.abc.js']);
  });

  it('sums gzip sizes and names a missing chunk with the command that rebuilds it', () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'plangate-size-'));
    const body = 'console.log("pane");'.repeat(50);
    writeFileSync(path.join(dist, 'main.js'), body);
    writeFileSync(path.join(dist, 'index.html'), '<script src="main.js"></script>');
    const size = firstLoadSize(dist, 'index.html', 'npm run build:playground');
    expect(size.gzipBytes).toBe(gzipSync(body, { level: 9 }).length);

    writeFileSync(
      path.join(dist, 'index.html'),
      '<script src="main.js"></script><link rel=preload as=script href=gone.js>',
    );
    expect(() => firstLoadSize(dist, 'index.html', 'npm run build:playground')).toThrow(
      /gone\.js.*npm run build:playground/,
    );
  });
});
