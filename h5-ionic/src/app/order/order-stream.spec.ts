import { parseSse, pushNotice } from './order-stream';

describe('parseSse', () => {
  it('splits events, skips comments and retry, and keeps the unfinished rest', () => {
    const { events, rest } = parseSse('retry: 3000\n\n: ping\n\nevent: status\ndata: {"payStatus":"unpaid"}\n\nevent: sta');
    expect(events).toEqual([{ event: 'status', data: '{"payStatus":"unpaid"}' }]);
    expect(rest).toBe('event: sta');
    const next = parseSse(rest + 'tus\ndata: {"payStatus":"paid"}\n\n');
    expect(next.events).toEqual([{ event: 'status', data: '{"payStatus":"paid"}' }]);
    expect(next.rest).toBe('');
  });

  it('joins data lines, defaults the name, and reads CRLF', () => {
    expect(parseSse('data: a\r\ndata: b\r\n\r\n').events).toEqual([{ event: 'message', data: 'a\nb' }]);
  });
});

describe('pushNotice', () => {
  it('says how the result will arrive, and offers a login when the push needs one', () => {
    expect(pushNotice({ kind: 'live' }).text).toContain('实时推送');
    expect(pushNotice({ kind: 'unavailable', reason: 'signed-out' })).toEqual(jasmine.objectContaining({ login: true }));
    expect(pushNotice({ kind: 'unavailable', reason: 'failed' }).text).toContain('自动查询');
    expect(pushNotice({ kind: 'unavailable', reason: 'ended' }).login).toBeFalse();
  });
});
