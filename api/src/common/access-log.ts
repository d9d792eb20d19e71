import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';

/** What an access log line says of a request (pino-http hands the serializer its standard summary of it). */
interface LoggedRequest {
  id?: unknown;
  method?: string;
  url?: string;
  remoteAddress?: string;
}

/**
 * One line per request when its response is done (pino-http): method, path, status, response time, and what
 * `props` adds (the correlation id). Never its headers or query string: pino's standard request serializer
 * logged every header, so each authenticated request wrote its bearer token and cookies into the log, and a
 * query carries one-time codes (WeChat's OAuth `code`). Serialising the headers of every request was also most
 * of the access log's CPU on the payment path (bench/README.md). `ignore`: requests not logged (probes).
 */
export function accessLog(
  logger: Logger,
  props: (req: IncomingMessage, res: ServerResponse) => Record<string, unknown>,
  ignore: (req: IncomingMessage) => boolean = () => false,
) {
  return pinoHttp({
    logger,
    autoLogging: { ignore },
    customProps: props,
    serializers: {
      req: (req: LoggedRequest) => ({ id: req.id, method: req.method, path: (req.url ?? '').split('?')[0], remoteAddress: req.remoteAddress }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
  });
}
