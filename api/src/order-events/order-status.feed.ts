import type Redis from 'ioredis';
import type { RewardSettledEvent } from '@dmh/shared';
import { logger } from '../common/logger';
import { redisClient } from '../common/redis';

/** What a subscriber of an order hears: the order became paid. */
export interface OrderStatusChange {
  orderNo: string;
  status: 'paid';
  paidAt: string;
}

export const ORDER_STATUS_CHANNEL = 'dmh:order-status';
/** Where events/notifications.ts announces each reward it appends to a distributor's feed. */
export const REWARD_FEED_CHANNEL = 'dmh:reward-feed';

type Listener<T> = (message: T) => void;

/**
 * Messages of one Redis channel fanned out to every API replica, each to the listeners of its key (an
 * order number, a user id): each replica holds one subscriber connection (opened on the first listener)
 * and hands each message to the streams open on it. Whoever learns of a change (Dapr's delivery of an
 * event) publishes it once; nothing polls the database.
 */
export class ChannelFeed<T> {
  private subscriber: Redis | null = null;
  private ready: Promise<void> | null = null;
  private readonly listeners = new Map<string, Set<Listener<T>>>();

  constructor(
    private readonly channel: string,
    private readonly keyOf: (message: T) => string | undefined,
    private readonly redis: () => Redis = redisClient,
  ) {}

  async publish(message: T): Promise<void> {
    await this.redis().publish(this.channel, JSON.stringify(message));
  }

  /** Listens for the key's messages; resolves once the channel is subscribed. Answers the way to stop. */
  async listen(key: string, listener: Listener<T>): Promise<() => void> {
    const set = this.listeners.get(key) ?? new Set<Listener<T>>();
    set.add(listener);
    this.listeners.set(key, set);
    await this.connect();
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(key);
    };
  }

  /** Streams open on this replica (for tests and metrics). */
  listening(key?: string): number {
    if (key !== undefined) return this.listeners.get(key)?.size ?? 0;
    let n = 0;
    for (const set of this.listeners.values()) n += set.size;
    return n;
  }

  async close(): Promise<void> {
    const s = this.subscriber;
    this.subscriber = null;
    this.ready = null;
    await s?.quit().catch(() => undefined);
  }

  private connect(): Promise<void> {
    this.ready ??= (async () => {
      // The shared client has no offline queue; a fresh subscriber must queue its SUBSCRIBE until connected.
      const subscriber = this.redis().duplicate({ enableOfflineQueue: true });
      this.subscriber = subscriber;
      subscriber.on('message', (_channel: string, text: string) => this.deliver(text));
      subscriber.on('error', (err) => logger.warn({ err }, 'order status feed: redis subscriber error'));
      await subscriber.subscribe(this.channel);
    })().catch((err) => {
      this.ready = null;
      throw err;
    });
    return this.ready;
  }

  private deliver(text: string): void {
    let message: T;
    try {
      message = JSON.parse(text) as T;
    } catch {
      return;
    }
    const key = message && typeof message === 'object' ? this.keyOf(message) : undefined;
    if (key === undefined) return;
    for (const listener of [...(this.listeners.get(key) ?? [])]) {
      try {
        listener(message);
      } catch (err) {
        logger.warn({ err, channel: this.channel, key }, 'feed listener failed');
      }
    }
  }
}

/** Order status changes, by order number. */
export class OrderStatusFeed extends ChannelFeed<OrderStatusChange> {
  constructor(redis: () => Redis = redisClient) {
    super(ORDER_STATUS_CHANNEL, (c) => c.orderNo, redis);
  }
}

/** Settled rewards, by the distributor's user id (announced by events/notifications.ts). */
export class RewardFeed extends ChannelFeed<RewardSettledEvent> {
  constructor(redis: () => Redis = redisClient) {
    super(REWARD_FEED_CHANNEL, (e) => e.userId, redis);
  }
}

let orders: OrderStatusFeed | undefined;
let rewards: RewardFeed | undefined;
export const orderStatusFeed = (): OrderStatusFeed => (orders ??= new OrderStatusFeed());
export const rewardFeed = (): RewardFeed => (rewards ??= new RewardFeed());
