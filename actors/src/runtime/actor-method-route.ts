import type { IncomingMessage, ServerResponse } from 'node:http';
import { ACTOR_AUTH_HEADER } from '@dmh/shared';
import { traceRequests } from '@dmh/shared/dist/tracing';
import type { Tracer } from '@dmh/shared/dist/tracing';
import { refusedActorCall } from './actor-call-guard';
import { actorTurnName } from './actor-turn-name';

/** Runs one actor method (the SDK's ActorRuntime.invoke): the body as sent, JSON, which the runtime parses. */
export type InvokeActorMethod = (actorType: string, actorId: string, method: string, body: Buffer) => Promise<unknown>;

/** The SDK's body limit for its actor routes (4 MB), kept: daprd refuses more anyway. */
export const ACTOR_METHOD_MAX_BODY_BYTES = 4 * 1024 * 1024;

const METHOD_CALL = /^\/actors\/([^/?]+)\/([^/?]+)\/method\/([^/?]+)$/;

/**
 * daprd's actor method calls (`PUT /actors/:type/:id/method/:method`) answered on node:http itself, in front of
 * the SDK's express app. A paid order's three credits each cross this route; through the SDK's app each call
 * also went through express's query parser, three body parsers tried in turn, the router and `res.send` (with an
 * ETag), which with their garbage were about a quarter of the actor host's busy time in a profile at 43 paid
 * orders/s (bench/README.md). The contract is the SDK route's: the body handed to `ActorRuntime.invoke` as JSON
 * bytes (an empty body as `{}`, which the SDK's JSON parser made of it); an object answered as JSON, anything else
 * as text; a failed turn answered 500 with the error's own fields (ActorFailure's code and detail). In front of it,
 * the same guard (only calls a DMH app signed) and the same SERVER span as the express app's middleware.
 *
 * Answers whether it took the request; timers, reminders, deactivations, `/metrics` and the SDK's own routes are
 * not taken (the express app serves them).
 */
export function leanActorMethods(o: { secret: string; invoke: InvokeActorMethod; tracer: Tracer; maxBodyBytes?: number }) {
  const maxBody = o.maxBodyBytes ?? ACTOR_METHOD_MAX_BODY_BYTES;
  const traced = traceRequests(o.tracer, (req) => actorTurnName(req.url));
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const match = req.method === 'PUT' ? METHOD_CALL.exec(req.url ?? '') : null;
    if (!match) return false;
    const call = { actorType: decodeURIComponent(match[1]!), actorId: decodeURIComponent(match[2]!), method: decodeURIComponent(match[3]!) };
    traced(req, res, () => {
      const reason = refusedActorCall(o.secret, call, header(req, ACTOR_AUTH_HEADER), header(req, 'dapr-caller-app-id'));
      if (reason !== null) {
        req.resume();
        answer(res, 403, { error: 'actor_call_refused', reason });
        return;
      }
      readBody(req, maxBody).then(
        (body) => o.invoke(call.actorType, call.actorId, call.method, body.length === 0 ? Buffer.from('{}') : body).then(
          (result) => answer(res, 200, result),
          (err: unknown) => answer(res, 500, err),
        ),
        (err: Error) => answer(res, 413, { error: 'body_too_large', message: err.message }),
      );
    });
    return true;
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.removeAllListeners('data');
        req.resume();
        reject(new Error(`request body over ${maxBytes} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** An object (an Error too: its own enumerable fields) as JSON, anything else as text, as the SDK's route sends them. */
function answer(res: ServerResponse, status: number, result: unknown): void {
  if (res.headersSent || res.destroyed) return;
  const json = result !== null && typeof result === 'object';
  const body = Buffer.from(json ? JSON.stringify(result) : String(result));
  res.writeHead(status, { 'content-type': json ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8', 'content-length': body.length });
  res.end(body);
}
