import { TestBed } from '@angular/core/testing';
import { Observable, of, throwError } from 'rxjs';
import { Api } from '../../core/api/api.service';
import { ApiError } from '../../core/api/api-error';
import { EVENT_SOURCE, LiveFeed, MAX_ITEMS } from './live-feed.service';

/** A stand-in for the browser's EventSource: the spec opens, fails and feeds it. */
class FakeSource {
  readyState = 0;
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  closed = false;
  private readonly listeners: ((e: MessageEvent<string>) => void)[] = [];
  constructor(readonly url: string) {}
  addEventListener(_type: string, fn: (e: MessageEvent<string>) => void) {
    this.listeners.push(fn);
  }
  close() {
    this.closed = true;
    this.readyState = 2;
  }
  openNow() {
    this.readyState = 1;
    this.onopen?.();
  }
  reward(id: string, amount = '10.00') {
    const data = JSON.stringify({ id, rewardId: id, orderId: '1', campaignId: '2', brandId: '3', distributorId: '4', userId: '5', level: 1, amount, settledAt: '2026-12-03T10:00:00Z' });
    for (const fn of this.listeners) fn(new MessageEvent('reward', { data, lastEventId: id }));
  }
  fail(closed: boolean) {
    this.readyState = closed ? 2 : 0;
    this.onerror?.();
  }
}

describe('LiveFeed', () => {
  let sources: FakeSource[];
  let tickets: jasmine.Spy<(path: string, opts: unknown) => Observable<unknown>>;
  let feed: LiveFeed;

  beforeEach(() => {
    jasmine.clock().install();
    sources = [];
    let n = 0;
    tickets = jasmine.createSpy('post').and.callFake(() => of({ ticket: `t${++n}`, expiresAt: '' }));
    TestBed.configureTestingModule({
      providers: [
        LiveFeed,
        { provide: Api, useValue: { post: tickets } },
        { provide: EVENT_SOURCE, useValue: (url: string) => sources[sources.push(new FakeSource(url)) - 1] as unknown as EventSource },
      ],
    });
    feed = TestBed.inject(LiveFeed);
  });

  afterEach(() => jasmine.clock().uninstall());

  it('opens the stream with a ticket for the chosen brand and shows rewards newest first, each once', () => {
    feed.start('3');
    expect(tickets).toHaveBeenCalledWith('/api/v1/dashboard/live/tickets', { body: { brandId: '3' } });
    expect(sources[0].url).toBe('/api/v1/dashboard/live?ticket=t1');
    expect(feed.state()).toBe('connecting');
    sources[0].openNow();
    expect(feed.state()).toBe('live');
    sources[0].reward('1-0');
    sources[0].reward('2-0', '5.00');
    sources[0].reward('2-0', '5.00');
    expect(feed.items().map((r) => [r.id, r.amount])).toEqual([['2-0', '5.00'], ['1-0', '10.00']]);
    expect(feed.fresh().size).toBe(0);
    jasmine.clock().tick(600);
    sources[0].reward('3-0');
    expect(feed.fresh().has('3-0')).toBeTrue();
  });

  it('keeps at most MAX_ITEMS', () => {
    feed.start();
    sources[0].openNow();
    for (let i = 1; i <= MAX_ITEMS + 5; i++) sources[0].reward(`${i}-0`);
    expect(feed.items().length).toBe(MAX_ITEMS);
    expect(feed.items()[0].id).toBe(`${MAX_ITEMS + 5}-0`);
  });

  it('while the browser reconnects by itself it says so; a refused stream is reopened with a new ticket after the last reward', () => {
    feed.start();
    sources[0].openNow();
    sources[0].reward('7-1');
    sources[0].fail(false);
    expect(feed.state()).toBe('reconnecting');
    expect(sources.length).toBe(1);
    sources[0].fail(true);
    expect(sources[0].closed).toBeTrue();
    jasmine.clock().tick(999);
    expect(sources.length).toBe(1);
    jasmine.clock().tick(1);
    expect(sources[1].url).toBe('/api/v1/dashboard/live?ticket=t2&lastEventId=7-1');
    sources[1].openNow();
    expect(feed.state()).toBe('live');
  });

  it('waits longer after each failure to get a ticket, and stops on stop()', () => {
    tickets.and.returnValue(throwError(() => new ApiError(0, 0, 'offline')));
    feed.start();
    expect(feed.state()).toBe('reconnecting');
    jasmine.clock().tick(1000);
    expect(tickets).toHaveBeenCalledTimes(2);
    jasmine.clock().tick(1999);
    expect(tickets).toHaveBeenCalledTimes(2);
    jasmine.clock().tick(1);
    expect(tickets).toHaveBeenCalledTimes(3);
    feed.stop();
    jasmine.clock().tick(60_000);
    expect(tickets).toHaveBeenCalledTimes(3);
  });
});
