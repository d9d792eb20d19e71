import type { Router } from 'express';
import { ApiRouter } from '../common/endpoint';
import { openEventStream, wantsStream } from './event-stream';
import { type RewardFeed, rewardFeed } from './order-status.feed';

/** GET /api/v1/me/rewards/events: the caller's rewards pushed as they are settled (server-sent events). */
export function rewardStreamRoutes(feed: RewardFeed = rewardFeed()): Router {
  return new ApiRouter('/me', 'me').add({
    method: 'get', path: '/rewards/events', summary: "Server-sent events of the caller's rewards as they are settled",
    description:
      'text/event-stream. `event: ready` once listening, then an `event: reward` per reward settled to the caller (rewardId, orderId, campaignId, level, amount, balance, settledAt), fed by the reward.settled event (never by polling); ends after 10 minutes (`event: timeout`). A request that does not accept text/event-stream gets `ready` and the end.',
    access: { authenticated: true },
    produces: { status: 200, contentType: 'text/event-stream', description: 'the stream: `ready`, `reward` events (JSON data), `timeout`, heartbeat comments' },
    rateLimit: { name: 'reward-events', limit: 120, windowSeconds: 60, by: 'user' },
    handle: async ({ principal, req, res }) => {
      let send: (event: string, data: unknown) => void = () => undefined;
      const stop = await feed.listen(principal.userId, (e) =>
        send('reward', { rewardId: e.rewardId, orderId: e.orderId, campaignId: e.campaignId, level: e.level, amount: e.amount, balance: e.balance, settledAt: e.settledAt }),
      );
      const stream = openEventStream(req, res, stop);
      send = stream.send;
      stream.send('ready', { userId: principal.userId });
      if (!wantsStream(req)) stream.end();
    },
  }).router;
}
