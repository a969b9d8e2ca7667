// A tiny static server for the built site under a base path (default /course/), used by the
// Playwright tests, the link check and the benchmark. Unknown paths get dist/404.html with a 404.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/**
 * Starts the server. @returns a promise of the http.Server
 * @param {{ root?: string, base?: string, port?: number }} opts
 */
export function serve({ root = 'dist', base = '/course/', port = 4322 } = {}) {
  const dir = resolve(root);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    // Crawlers look for /robots.txt at the origin's root, whatever the base: serve the site's own.
    if (path === '/robots.txt') path = `${base}robots.txt`;
    if (!path.startsWith(base)) {
      res.writeHead(302, { location: base });
      res.end();
      return;
    }
    path = normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, path);
    try {
      const s = await stat(file);
      if (s.isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          res.writeHead(301, { location: `${url.pathname}/` });
          res.end();
          return;
        }
        file = join(file, 'index.html');
      }
      let body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const headers = { 'content-type': type };
      // Compress text as static hosts (GitHub Pages included) do; hashed assets may be cached for good.
      if (/text|javascript|json|svg/.test(type) && /gzip/.test(req.headers['accept-encoding'] ?? '')) {
        body = gzipSync(body);
        headers['content-encoding'] = 'gzip';
      }
      if (path.startsWith('_astro/')) headers['cache-control'] = 'public, max-age=31536000, immutable';
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      const body = await readFile(join(dir, '404.html')).catch(() => 'Not found');
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(body);
    }
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 4322);
  const base = process.env.SERVE_BASE ?? '/course/';
  const root = process.env.SERVE_ROOT ?? 'dist';
  await serve({ port, base, root });
  console.log(`Serving dist/ at http://127.0.0.1:${port}${base}`);
}
