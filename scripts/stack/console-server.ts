// The admin console on the local stack, as docker-compose's nginx serves it in production
// (deploy/nginx.conf): the built app from admin-angular/dist, any path that is not a file answered with
// index.html (the app's own routes), and /api/ passed to the API with the caller's address in
// X-Forwarded-For (the API trusts it from loopback only). Text files are sent gzipped to a browser that
// accepts it, at nginx's level (deploy/nginx.conf: gzip_comp_level 6).
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import * as zlib from 'node:zlib';

export interface ConsoleServerOptions {
  /** The built app (index.html and its assets). */
  readonly root: string;
  /** Where /api/ goes, e.g. http://127.0.0.1:8889. */
  readonly apiOrigin: string;
  /**
   * Development only (the H5 app on the local stack): the WeChat Pay sandbox, where POST /sandbox/pay/<orderNo>
   * goes so the app can pay in the browser. Unset, that path is a 404 like any missing file.
   */
  readonly sandboxOrigin?: string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Worth compressing: text. Images and fonts are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt']);
/** Below this a gzip header costs about what it saves (nginx's gzip_min_length is 20; 256 is kinder to the CPU). */
export const MIN_GZIP_BYTES = 256;
/** nginx's gzip_comp_level in deploy/nginx.conf. */
export const GZIP_LEVEL = 6;

/** Each text file gzipped once per version of it (size and mtime): the apps are a few hundred kB in all. */
const gzipped = new Map<string, { version: string; body: Buffer }>();

/** The sandbox's payer endpoint, the only one passed on (its refunds and controls stay private). */
export const SANDBOX_PAY = /^\/sandbox\/pay\/[A-Za-z0-9_-]{1,64}$/;

/** Hashed bundle names (chunk-ABCD1234.js, styles-….css) never change content: cache them for good. */
export const HASHED = /-[A-Z0-9]{8}\.(js|css)$/;

export function createConsoleServer(opts: ConsoleServerOptions): http.Server {
  const root = path.resolve(opts.root);
  const api = new URL(opts.apiOrigin);
  const sandbox = opts.sandboxOrigin ? new URL(opts.sandboxOrigin) : null;
  return http.createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === '/healthz') {
      res.writeHead(204).end();
      return;
    }
    if (url.startsWith('/api/')) {
      proxy(req, res, api);
      return;
    }
    if (sandbox && req.method === 'POST' && SANDBOX_PAY.test(url)) {
      proxy(req, res, sandbox);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    serveStatic(req, res, root);
  });
}

function proxy(req: http.IncomingMessage, res: http.ServerResponse, api: URL): void {
  const forwarded = [req.headers['x-forwarded-for'], req.socket.remoteAddress].filter(Boolean).join(', ');
  const upstream = http.request(
    { host: api.hostname, port: api.port, method: req.method, path: req.url, headers: { ...req.headers, host: api.host, 'x-forwarded-for': forwarded } },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    // The envelope the console reads, so it can say "the server is unavailable" in words.
    res.writeHead(502, { 'content-type': 'application/json; charset=utf-8', 'retry-after': '2' });
    res.end(JSON.stringify({ code: 50300, message: 'the API is unreachable', data: { correlationId: '' } }));
  });
  req.pipe(upstream);
}

function serveStatic(req: http.IncomingMessage, res: http.ServerResponse, root: string): void {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://console').pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  const file = path.resolve(root, `.${pathname}`);
  const inside = file === root || file.startsWith(root + path.sep);
  const found = inside && isFile(file) ? file : null;
  // A path that names an asset (has an extension) and is missing is a 404, not the app.
  if (!found && path.extname(pathname) !== '') {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    return;
  }
  const target = found ?? path.join(root, 'index.html');
  const ext = path.extname(target);
  const headers: Record<string, string | number> = {
    'content-type': TYPES[ext] ?? 'application/octet-stream',
    'cache-control': HASHED.test(target) ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
  };
  fs.stat(target, (err, stat) => {
    if (err) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' }).end('the console is not built: run bash scripts/bootstrap.sh');
      return;
    }
    if (COMPRESSIBLE.has(ext)) headers['vary'] = 'accept-encoding';
    if (COMPRESSIBLE.has(ext) && stat.size >= MIN_GZIP_BYTES && acceptsGzip(req.headers['accept-encoding'])) {
      const body = gzipOf(target, stat);
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(200, { ...headers, 'content-length': stat.size });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(target).pipe(res);
  });
}

/** `gzip` listed in Accept-Encoding and not refused with q=0. */
export function acceptsGzip(header: string | undefined): boolean {
  for (const part of (header ?? '').toLowerCase().split(',')) {
    const [coding, ...params] = part.trim().split(';');
    if (coding !== 'gzip' && coding !== '*') continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  }
  return false;
}

function gzipOf(file: string, stat: fs.Stats): Buffer {
  const version = `${stat.size}:${stat.mtimeMs}`;
  const cached = gzipped.get(file);
  if (cached?.version === version) return cached.body;
  const body = zlib.gzipSync(fs.readFileSync(file), { level: GZIP_LEVEL });
  gzipped.set(file, { version, body });
  return body;
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
