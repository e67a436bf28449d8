// A static file server for dist/ on 127.0.0.1, used by the browser tests and the benchmark.
// Serves a folder from its `index.html`, answers a missing path with 404 and a short page in
// both languages (never the home page), and can gzip like a real host.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.json': 'application/json', '.csv': 'text/csv; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
};

const NOT_FOUND = '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>404</title>'
  + '<p>找不到这个页面。<a href="/">回到首页</a></p><p lang="en">Page not found. <a href="/en/">Go to the explainer</a></p></html>';

/** Starts a server for `root`, whose files are at `base` (`/`, or `/sip/` for a build with
 * that public URL); resolves to { url, close, requests }. */
export function serve(dir, { port = 0, gzip = true, headers = {}, base = '/' } = {}) {
  const root = path.resolve(dir);
  const requests = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url);
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    let file = pathname.startsWith(base) ? path.join(root, path.normalize(pathname.slice(base.length - 1))) : null;
    if (file !== null && !file.startsWith(root)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    if (file !== null && fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (file === null || !fs.existsSync(file)) {
      // The build's own 404 page (as hosts serve it), else a stand-in.
      const page = path.join(root, '404.html');
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(fs.existsSync(page) ? fs.readFileSync(page) : NOT_FOUND);
      return;
    }
    let body = fs.readFileSync(file);
    const head = { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream', 'cache-control': 'no-cache', ...headers };
    if (gzip && /gzip/.test(req.headers['accept-encoding'] || '') && !/png/.test(head['content-type'])) {
      body = zlib.gzipSync(body, { level: 9 });
      head['content-encoding'] = 'gzip';
    }
    head['content-length'] = body.length;
    res.writeHead(200, head).end(body);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const url = `http://127.0.0.1:${server.address().port}`;
      resolve({ url, requests, close: () => new Promise((r) => server.close(r)) });
    });
  });
}
