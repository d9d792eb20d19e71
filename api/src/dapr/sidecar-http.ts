import http from 'node:http';
import { config } from '../config';
import { traceHeader } from '../common/tracing';

/**
 * HTTP/1.1 to this process's Dapr sidecar over kept-alive sockets (node:http, not fetch: the sidecar is
 * called several times per paid order, and fetch's WHATWG streams, abort signals and per-request objects
 * cost several times more CPU per call than a plain request on this path; see bench/README.md).
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: 256, maxFreeSockets: 256, scheduling: 'lifo' });

export interface SidecarAnswer {
  status: number;
  text: string;
}

/** Thrown when the sidecar could not be reached or did not answer in time (nothing is known to have happened). */
export class SidecarUnreachable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SidecarUnreachable';
  }
}

export function sidecarRequest(
  method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown, timeoutMs = 15_000, extraHeaders: Readonly<Record<string, string>> = {},
): Promise<SidecarAnswer> {
  const c = config();
  const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
  // With the current span's context (when tracing is on): daprd's spans for this call, and the actor turn or
  // the message it leads to, join the trace of the request or settlement that made it.
  const headers: http.OutgoingHttpHeaders = {
    ...extraHeaders, ...(payload && { 'content-type': 'application/json', 'content-length': payload.length }), ...traceHeader(),
  };
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: c.DAPR_HOST,
        port: c.DAPR_HTTP_PORT,
        method,
        path,
        agent,
        headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', (err) => reject(new SidecarUnreachable(err.message)));
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', (err) => reject(new SidecarUnreachable(err.message)));
    req.end(payload);
  });
}
