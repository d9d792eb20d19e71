import type Redis from 'ioredis';
import { logger } from '../common/logger';
import { redisClient } from '../common/redis';

/** What a subscriber of an order hears: the order became paid. */
export interface OrderStatusChange {
  orderNo: string;
  status: 'paid';
  paidAt: string;
}

export const ORDER_STATUS_CHANNEL = 'dmh:order-status';

type Listener = (change: OrderStatusChange) => void;

/**
 * Order status changes fanned out to every API replica: the replica Dapr delivers `order.paid` to
 * publishes it on a Redis channel; each replica holds one subscriber connection (opened on the first
 * listener) and hands each change to the streams of that order open on it. Nothing polls the database.
 */
export class OrderStatusFeed {
  private subscriber: Redis | null = null;
  private ready: Promise<void> | null = null;
  private readonly listeners = new Map<string, Set<Listener>>();

  constructor(private readonly redis: () => Redis = redisClient) {}

  async publish(change: OrderStatusChange): Promise<void> {
    await this.redis().publish(ORDER_STATUS_CHANNEL, JSON.stringify(change));
  }

  /** Listens for the order's changes; resolves once the channel is subscribed. Answers the way to stop. */
  async listen(orderNo: string, listener: Listener): Promise<() => void> {
    const set = this.listeners.get(orderNo) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(orderNo, set);
    await this.connect();
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(orderNo);
    };
  }

  /** Streams open on this replica (for tests and metrics). */
  listening(orderNo?: string): number {
    if (orderNo !== undefined) return this.listeners.get(orderNo)?.size ?? 0;
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
      await subscriber.subscribe(ORDER_STATUS_CHANNEL);
    })().catch((err) => {
      this.ready = null;
      throw err;
    });
    return this.ready;
  }

  private deliver(text: string): void {
    let change: OrderStatusChange;
    try {
      change = JSON.parse(text) as OrderStatusChange;
    } catch {
      return;
    }
    for (const listener of [...(this.listeners.get(change.orderNo) ?? [])]) {
      try {
        listener(change);
      } catch (err) {
        logger.warn({ err, orderNo: change.orderNo }, 'order status listener failed');
      }
    }
  }
}

let shared: OrderStatusFeed | undefined;
export const orderStatusFeed = (): OrderStatusFeed => (shared ??= new OrderStatusFeed());
