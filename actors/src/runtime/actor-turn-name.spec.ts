import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actorTurnName } from './actor-turn-name';

test('actor turns, timers and reminders are named by actor type and method; nothing else is traced', () => {
  assert.equal(actorTurnName('/actors/BalanceActor/5/method/creditRewards'), 'BalanceActor.creditRewards');
  assert.equal(actorTurnName('/actors/CampaignActor/1/method/remind/expire?x=1'), 'CampaignActor.remind/expire');
  for (const other of ['/healthz', '/metrics', '/dapr/config', '/actors/BalanceActor/5', undefined]) assert.equal(actorTurnName(other), null);
});
