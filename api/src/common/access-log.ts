import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/**
 * One line per request when its response is done: method, path, status, response time, and what `props` adds
 * (the correlation id); "request completed", "request errored" for a 5xx, "request aborted" when the client left
 * first. Never its headers or query string: pino's standard request serializer logged every header, so each
 * authenticated request wrote its bearer token and cookies into the log, and a query carries one-time codes
 * (WeChat's OAuth `code`). One pino call per request: pino-http, which this replaces, made three child loggers
 * per request and serialised the request at its start, a tenth of the API's CPU on the payment path with the
 * write itself (bench/README.md). `ignore`: requests not logged (probes).
 */
export function accessLog(
  logger: Logger,
  props: (req: IncomingMessage, res: ServerResponse) => Record<string, unknown>,
  ignore: (req: IncomingMessage) => boolean = () => false,
): Middleware {
  let lastId = 0;
  return (req, res, next) => {
    if (ignore(req)) return next();
    const startedAt = Date.now();
    // Read now: routers rewrite req.url on the way in.
    const request = { id: (lastId += 1), method: req.method, path: (req.url ?? '').split('?')[0], remoteAddress: req.socket.remoteAddress };
    const done = () => {
      res.removeListener('finish', done);
      res.removeListener('close', done);
      const statusCode = res.statusCode;
      const message = !res.writableFinished ? 'request aborted' : statusCode >= 500 ? 'request errored' : 'request completed';
      logger.info({ req: request, ...props(req, res), res: { statusCode }, responseTime: Date.now() - startedAt }, message);
    };
    res.on('finish', done);
    res.on('close', done);
    next();
  };
}
