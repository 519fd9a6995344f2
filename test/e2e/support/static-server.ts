import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  url: string;
  close(this: void): Promise<void>;
}

/** Text types a static host compresses. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.txt']);

/**
 * Serves a built directory on 127.0.0.1 at a free port; `/` is index.html. Nothing outside `root`.
 * Text files go gzip-compressed to a browser that accepts it, as any production static host
 * serves them (and as the 200 KB first-load budget, counted in gzip bytes, assumes).
 */
export async function serveStatic(root: string): Promise<StaticServer> {
  const base = path.resolve(root);
  const gzipped = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.resolve(base, '.' + (urlPath.endsWith('/') ? urlPath + 'index.html' : urlPath));
    if (!file.startsWith(base + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const gzip =
      COMPRESSIBLE.has(path.extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    readFile(file).then(
      (body) => {
        if (!gzip) {
          res.writeHead(200, { 'content-type': type });
          res.end(body);
          return;
        }
        if (!gzipped.has(file)) gzipped.set(file, gzipSync(body));
        res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
        res.end(gzipped.get(file));
      },
      () => res.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
