import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before } from 'node:test';

/**
 * For specs: an app (express or any request listener) served on a loopback port for the life of the
 * enclosing suite, closed with its kept-alive connections afterwards. `base` is `http://127.0.0.1:<port>`
 * once the suite's `before` hooks have run (read it inside tests, not at definition time).
 */
export function serveForSpec(app: http.RequestListener): { readonly base: string } {
  const server = http.createServer(app).listen(0, '127.0.0.1');
  let base = '';
  before(async () => {
    if (!server.listening) await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });
  return {
    get base() {
      return base;
    },
  };
}
