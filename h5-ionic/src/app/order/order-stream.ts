import { inject, Injectable } from '@angular/core';
import { filter, map, Observable } from 'rxjs';
import { Session } from '../core/auth/session-store';

/** One server-sent event. */
export interface SseEvent {
  event: string;
  data: string;
}

/**
 * Splits a server-sent-events text stream into events: blocks end with a blank line; `event:` names it
 * (default `message`), `data:` lines join with newlines, comments (`:`) and `retry:` are skipped. Answers
 * the events complete so far and the unfinished rest, to prepend to the next chunk.
 */
export function parseSse(buffer: string): { events: SseEvent[]; rest: string } {
  const text = buffer.replace(/\r\n?/g, '\n');
  const events: SseEvent[] = [];
  let start = 0;
  let cut: number;
  while ((cut = text.indexOf('\n\n', start)) >= 0) {
    const block = text.slice(start, cut);
    start = cut + 2;
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith(':') || line === '') continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') event = value;
      else if (field === 'data') data.push(value);
    }
    if (data.length > 0) events.push({ event, data: data.join('\n') });
  }
  return { events, rest: text.slice(start) };
}

/** Why there is no push: not signed in (the stream is the owner's), or the stream failed or ended. */
export class PushUnavailable extends Error {
  constructor(readonly reason: 'signed-out' | 'failed' | 'ended') {
    super(`order push unavailable: ${reason}`);
    this.name = 'PushUnavailable';
  }
}

/**
 * A server-sent-events stream of the API, read with fetch rather than EventSource because it needs the
 * Authorization header. Emits each event; errors with PushUnavailable when there is no stream (signed out,
 * refused, network) or when it ended, so the caller falls back.
 */
@Injectable({ providedIn: 'root' })
export class ApiEvents {
  private readonly session = inject(Session);

  stream(path: string): Observable<SseEvent> {
    return new Observable((subscriber) => {
      const token = this.session.token();
      if (!token) {
        subscriber.error(new PushUnavailable('signed-out'));
        return;
      }
      const abort = new AbortController();
      void (async () => {
        const response = await fetch(path, { headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' }, signal: abort.signal });
        if (!response.ok || !response.body) throw new PushUnavailable('failed');
        const reader = response.body.getReader();
        const decoder = new TextDecoder();
        let rest = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          const parsed = parseSse(rest + decoder.decode(value, { stream: true }));
          rest = parsed.rest;
          for (const e of parsed.events) subscriber.next(e);
        }
        subscriber.error(new PushUnavailable('ended'));
      })().catch((err: unknown) => {
        if (!abort.signal.aborted) subscriber.error(err instanceof PushUnavailable ? err : new PushUnavailable('failed'));
      });
      return () => abort.abort();
    });
  }
}

/** The order's status pushed by the API (GET /orders/{orderNo}/events), as its `status` events. */
@Injectable({ providedIn: 'root' })
export class OrderStream {
  private readonly events = inject(ApiEvents);

  watch(orderNo: string): Observable<{ orderNo: string; status: string; payStatus: string; paidAt: string | null }> {
    return this.events.stream(`/api/v1/orders/${encodeURIComponent(orderNo)}/events`).pipe(
      filter((e) => e.event === 'status'),
      map((e) => JSON.parse(e.data)),
    );
  }
}

export type PushState = { kind: 'connecting' } | { kind: 'live' } | { kind: 'unavailable'; reason: PushUnavailable['reason'] };

/** What the waiting page says about how the result will reach it. */
export function pushNotice(push: PushState): { text: string; login: boolean } {
  switch (push.kind) {
    case 'live':
      return { text: '支付结果会实时推送到本页，无需刷新。', login: false };
    case 'connecting':
      return { text: '正在连接实时通知…', login: false };
    case 'unavailable':
      return push.reason === 'signed-out'
        ? { text: '登录后可实时收到支付结果。现在本页会每隔几秒自动查询一次，请勿重复付款。', login: true }
        : { text: '实时通知暂不可用，本页会每隔几秒自动查询一次；也可点「刷新结果」。请勿重复付款。', login: false };
  }
}
