import type { Request, Response } from 'express';
import type { BrandScope } from '../brands/brand-scope';
import { logger } from '../common/logger';
import { compareStreamIds, type LiveStreamReader, liveRewardOf } from './live-stream';
import { STREAM_MAX_SECONDS } from './live-ticket';

export const HEARTBEAT_MS = 15_000;
/** What a new connection (no Last-Event-ID) is shown first: the latest few, so the panel is not empty. */
export const RECENT_ON_CONNECT = 20;
/** A reconnect catches up on at most this many missed rewards (the rest is in the dashboard's figures). */
export const CATCH_UP_MAX = 500;

/**
 * Serves one server-sent-events connection: first what the client missed (after Last-Event-ID) or the
 * latest few, then each reward as the stream receives it, in its brand scope, each with its stream id as
 * the event id. Live entries that arrive while the catch-up is read are held and sent after it, once each.
 */
export async function serveLiveFeed(
  req: Request,
  res: Response,
  opts: { reader: LiveStreamReader; scope: BrandScope; lastEventId: string | null; maxSeconds?: number },
): Promise<void> {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  res.write('retry: 2000\n\n');
  let sent = opts.lastEventId ?? '0-0';
  let held: [string, string[]][] | null = [];
  const send = (entries: [string, string[]][]) => {
    for (const [id, fields] of entries) {
      if (compareStreamIds(id, sent) <= 0) continue;
      sent = id;
      const reward = liveRewardOf(id, fields, opts.scope);
      if (reward) res.write(`id: ${id}\nevent: reward\ndata: ${JSON.stringify(reward)}\n\n`);
    }
  };
  const unsubscribe = await opts.reader.subscribe((entries) => (held ? held.push(...entries) : send(entries)));
  const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS).unref();
  const end = setTimeout(() => res.end(), (opts.maxSeconds ?? STREAM_MAX_SECONDS) * 1000).unref();
  const close = () => {
    clearInterval(heartbeat);
    clearTimeout(end);
    unsubscribe();
  };
  req.on('close', close);
  res.on('close', close);
  try {
    send(await opts.reader.since(opts.lastEventId, opts.lastEventId ? CATCH_UP_MAX : RECENT_ON_CONNECT));
    const waiting = held;
    held = null;
    send(waiting);
    res.write(': ready\n\n');
  } catch (err) {
    logger.warn({ err }, 'live feed: catching up failed');
    res.end();
  }
}
