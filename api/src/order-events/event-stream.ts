import type { Request, Response } from 'express';

/** A stream lives at most this long; the browser reconnects (EventSource does by itself) or falls back. */
export const STREAM_MAX_MS = 10 * 60_000;
export const HEARTBEAT_MS = 15_000;

export interface EventStream {
  send(event: string, data: unknown): void;
  end(): void;
  readonly ended: boolean;
}

const open = new Set<EventStream>();

/** Ends every open stream (on shutdown, so the server can close). */
export function endEventStreams(): void {
  for (const stream of [...open]) stream.end();
}

/** Whether the client asked for a stream; any other client gets what is known now, and the end. */
export function wantsStream(req: Request): boolean {
  return /text\/event-stream/.test(req.get('accept') ?? '');
}

/**
 * Starts a server-sent-events answer: headers that keep proxies from buffering, a reconnect delay, a
 * comment every 15 s, an end after STREAM_MAX_MS (`event: timeout`), and `onEnd` once, whoever ends it
 * (the client leaving, the lifetime, the server shutting down, the caller).
 */
export function openEventStream(req: Request, res: Response, onEnd: () => void): EventStream {
  res.status(200).set({ 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-cache, no-transform', 'X-Accel-Buffering': 'no' });
  res.flushHeaders();
  res.write('retry: 3000\n\n');
  let ended = false;
  const stream: EventStream = {
    send: (event, data) => {
      if (!ended) res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    end: () => {
      if (ended) return;
      ended = true;
      clearInterval(heartbeat);
      clearTimeout(lifetime);
      open.delete(stream);
      onEnd();
      res.end();
    },
    get ended() {
      return ended;
    },
  };
  const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
  const lifetime = setTimeout(() => {
    stream.send('timeout', { reconnect: true });
    stream.end();
  }, STREAM_MAX_MS);
  open.add(stream);
  req.on('close', () => stream.end());
  return stream;
}
