import assert from 'node:assert/strict';
import { isOpenWithdrawal } from '@dmh/shared';
import { Prng } from './prng';
import { ReferenceModel } from './money-model.reference';
import { MoneySystem, PRODUCT_LOGIC, type MoneyLogic } from './money-model.system';
import { generateWorld } from './money-model.world';

/** Work recorded but not yet done, delivered at least once in any order (the outbox, Dapr's retries). */
type Task =
  | { kind: 'credit'; rewardId: string }
  | { kind: 'reverse'; rewardId: string }
  | { kind: 'release'; withdrawalId: string }
  | { kind: 'payout'; withdrawalId: string };

const STEP_WEIGHTS = { pay: 5, deliver: 8, refund: 1.5, toggle: 0.7, request: 2.5, review: 3 };

/**
 * One seed: a generated world, then a random sequence of operations applied to the product's rules and to
 * the reference model side by side (every answer and every user's money compared after each step), then
 * everything left in flight delivered, and the end state checked. Throws with the trace on a mismatch.
 */
export function runSeed(seed: number, logic: MoneyLogic = PRODUCT_LOGIC): void {
  const rng = new Prng(seed);
  const world = generateWorld(rng);
  const sys = new MoneySystem(world, logic);
  const ref = new ReferenceModel(world);
  const active = world.distributors.map(() => true);
  const users = world.distributors.map((d) => d.userId);
  const tasks: Task[] = [];
  const orderIds: string[] = [];
  const trace: string[] = [`world ${JSON.stringify(world)}`];
  let ids = 0;

  const same = <T>(what: string, actual: T, expected: T) => assert.deepEqual(actual, expected, what);
  const compareMoney = () => {
    for (const u of users) same(`money of ${u}`, sys.money(u), ref.money(u));
    for (const [id, r] of ref.rewards) same(`status of reward ${id}`, sys.rewards.get(id)?.status, r.state);
    for (const [id, w] of ref.withdrawals) same(`status of withdrawal ${id}`, sys.withdrawals.get(id)?.status, w.state);
  };

  const deliver = (keepProbability: number) => {
    const i = rng.int(0, tasks.length - 1);
    const task = tasks[i];
    if (!rng.chance(keepProbability)) tasks.splice(i, 1); // else it will be delivered again
    trace.push(`deliver ${JSON.stringify(task)}`);
    if (task.kind === 'credit') same('credit', sys.credit(task.rewardId), ref.credit(task.rewardId));
    else if (task.kind === 'reverse') same('reversal', sys.reverse(task.rewardId), ref.reverse(task.rewardId));
    else if (task.kind === 'release') same('release', sys.release(task.withdrawalId), ref.release(task.withdrawalId));
    else same('payout', sys.payOut(task.withdrawalId), ref.payOut(task.withdrawalId));
  };

  try {
    const steps = rng.int(10, 120);
    for (let step = 0; step < steps; step++) {
      const op = rng.weighted(STEP_WEIGHTS);
      if (op === 'pay') {
        const orderId = `o${++ids}`;
        const referrer = rng.chance(0.9) ? rng.int(0, world.distributors.length - 1) : null;
        const buyer = rng.chance(0.15) ? rng.pick(users) : rng.chance(0.5) ? rng.pick(world.consumers) : null;
        trace.push(`pay ${orderId} referrer=${referrer} buyer=${buyer}`);
        const plan = sys.pay(orderId, referrer, active, buyer);
        same('reward plan', plan, ref.plan(referrer, active, buyer));
        ref.orders.set(orderId, { id: orderId, amount: world.price, refunded: 0, fullyRefunded: false });
        orderIds.push(orderId);
        for (const line of plan) {
          const rewardId = `r${++ids}`;
          sys.addReward(rewardId, orderId, line.userId, line.amount);
          ref.rewards.set(rewardId, { id: rewardId, orderId, userId: line.userId, distributorId: line.distributorId, level: line.level, amount: line.amount, state: 'pending' });
          tasks.push({ kind: 'credit', rewardId });
        }
      } else if (op === 'deliver' && tasks.length > 0) {
        deliver(0.2);
      } else if (op === 'refund' && orderIds.length > 0) {
        const orderId = rng.pick(orderIds);
        const amount = rng.chance(0.5) ? world.price : rng.int(1, world.price);
        trace.push(`refund ${orderId} ${amount}`);
        const outcome = sys.refund(orderId, amount);
        same('refund', outcome, ref.refund(orderId, amount));
        if (outcome.becameFull) for (const r of ref.rewards.values()) if (r.orderId === orderId) tasks.push({ kind: 'reverse', rewardId: r.id });
      } else if (op === 'toggle') {
        const d = rng.int(0, active.length - 1);
        active[d] = !active[d];
        trace.push(`distributor ${world.distributors[d].id} ${active[d] ? 'reactivated' : 'suspended'}`);
      } else if (op === 'request') {
        const userId = rng.pick(users);
        const available = ref.money(userId).balance;
        const amount = rng.pick([available, available + 1, rng.int(1, Math.max(1, available)), rng.int(1, 5_000)].filter((a) => a > 0));
        const withdrawalId = `w${++ids}`;
        trace.push(`request ${withdrawalId} ${userId} ${amount}`);
        const answer = sys.request(withdrawalId, userId, amount);
        same('withdrawal request', answer, ref.request(userId, amount));
        if (answer === 'ok') ref.addWithdrawal(withdrawalId, userId, amount);
      } else if (op === 'review' && ref.withdrawals.size > 0) {
        const withdrawalId = rng.pick([...ref.withdrawals.keys()]);
        const action = rng.pick(['approve', 'reject', 'pay'] as const);
        trace.push(`review ${withdrawalId} ${action}`);
        const answer = sys.review(withdrawalId, action);
        same(`review ${action}`, answer, ref.review(withdrawalId, action));
        if (answer === 'apply' && action !== 'approve') tasks.push({ kind: action === 'reject' ? 'release' : 'payout', withdrawalId });
      }
      compareMoney();
    }
    // The system settles: everything recorded is delivered (some of it twice).
    trace.push('-- drain --');
    while (tasks.length > 0) {
      deliver(0.1);
      compareMoney();
    }
    assertSettled(ref, sys, users);
  } catch (err) {
    const tail = trace.length > 40 ? [trace[0], `… ${trace.length - 40} steps …`, ...trace.slice(-39)] : trace;
    (err as Error).message = `seed ${seed}: ${(err as Error).message}\n  ${tail.join('\n  ')}`;
    throw err;
  }
}

/** Once everything is delivered: each reward ends as its order says, and only open withdrawals hold money. */
function assertSettled(ref: ReferenceModel, sys: MoneySystem, users: string[]): void {
  for (const r of ref.rewards.values()) {
    const refunded = ref.orders.get(r.orderId)!.fullyRefunded;
    assert.ok(refunded ? ['cancelled', 'reversed'].includes(sys.rewards.get(r.id)!.status) : sys.rewards.get(r.id)!.status === 'settled',
      `reward ${r.id} of ${refunded ? 'a refunded' : 'a paid'} order ended ${sys.rewards.get(r.id)!.status}`);
  }
  for (const u of users) {
    const m = sys.money(u);
    const open = [...sys.withdrawals.values()].filter((w) => w.userId === u && isOpenWithdrawal(w.status));
    assert.equal(m.frozen, open.reduce((sum, w) => sum + w.amount, 0), `${u}: frozen = its open withdrawals`);
    assert.ok(m.balance >= 0 && m.frozen >= 0 && m.debt >= 0 && !(m.debt > 0 && m.balance > 0), `${u}: ${JSON.stringify(m)}`);
    assert.equal(m.balance + m.frozen + m.totalWithdrawn - m.debt, m.totalReward, `${u}: money conserved`);
  }
}
