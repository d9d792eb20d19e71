import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { SyncJob } from '@dmh/shared';
import { JobIntake } from './job-intake';
import type { SyncJobRunner } from './sync-job.runner';
import type { ClaimedJob, SyncJobsRepository } from './sync-jobs.repository';

const job = (n: number): SyncJob => ({ jobId: `order:${n}:paid`, kind: 'order', orderId: String(n), brandId: '1', requestedAt: '2026-11-25T00:00:00.000Z' });
const settle = () => new Promise((r) => setImmediate(r));

/** In-memory ledger and a runner whose attempts finish by hand. */
function setup(opts: { concurrency?: number; register?: () => Promise<void>; claimable?: boolean } = {}) {
  const log: string[] = [];
  const finish: (() => void)[] = [];
  const jobs = {
    registerAndClaim: async (batch: { job: SyncJob; traceparent?: string }[]) => {
      await opts.register?.();
      for (const { job: j, traceparent } of batch) log.push(`register ${j.jobId}${traceparent ? ` in ${traceparent}` : ''}`);
      return opts.claimable === false ? [] : batch.map(({ job: j }) => ({ jobId: j.jobId }) as unknown as ClaimedJob);
    },
  } as unknown as SyncJobsRepository;
  const runner = {
    runBatch: (claimed: ClaimedJob[]) => {
      log.push(`run ${claimed.map((c) => c.jobId).join(' + ')}`);
      return new Promise<void>((resolve) => finish.push(() => resolve()));
    },
  } as unknown as SyncJobRunner;
  return { intake: new JobIntake(jobs, runner, 60_000, opts.concurrency ?? 8), log, finish };
}

describe('JobIntake (a free slot, then record and claim, then attempt in the background)', () => {
  test('the job is recorded before the message is acknowledged; the attempt does not hold the acknowledgement', async () => {
    const { intake, log, finish } = setup();
    let finished = false;
    assert.equal(await intake.accept([job(1)]), 'accepted');
    const idle = intake.idle().then(() => (finished = true));
    await settle();
    assert.deepEqual(log, ['register order:1:paid', 'run order:1:paid']);
    assert.equal(finished, false, 'acknowledged while the attempt is still running');
    finish[0]();
    await idle;
  });

  test('a job that cannot be recorded is not acknowledged (the broker redelivers it)', async () => {
    const { intake, log } = setup({ register: async () => Promise.reject(new Error('DMH down')) });
    await assert.rejects(intake.accept([job(2)]), /DMH down/);
    assert.deepEqual(log, []);
  });

  test('with every slot busy the acknowledgement waits for one: the broker keeps the rest of the queue', async () => {
    const { intake, log, finish } = setup({ concurrency: 2 });
    await intake.accept([job(1)]);
    await intake.accept([job(2)]);
    let third = false;
    const pending = intake.accept([job(3)]).then(() => (third = true));
    await settle();
    assert.equal(third, false);
    assert.equal(log.filter((l) => l.startsWith('run')).length, 2);
    assert.ok(!log.includes('register order:3:paid'), 'the third stays with the broker until a slot is free');
    finish[0]();
    await pending;
    await settle();
    assert.deepEqual(log.filter((l) => l.startsWith('run')), ['run order:1:paid', 'run order:2:paid', 'run order:3:paid']);
    finish[1]();
    finish[2]();
    await intake.idle();
  });

  test('a job another attempt holds (a redelivery) is recorded and left alone', async () => {
    const { intake, log } = setup({ claimable: false });
    await intake.accept([job(4)]);
    await intake.idle();
    assert.deepEqual(log, ['register order:4:paid']);
  });

  test('a job that could not be recorded gives its slot back', async () => {
    let fail = true;
    const { intake, log, finish } = setup({ concurrency: 1, register: async () => { if (fail) throw new Error('DMH down'); } });
    await assert.rejects(intake.accept([job(5)]), /DMH down/);
    fail = false;
    await intake.accept([job(6)]);
    await settle();
    assert.deepEqual(log, ['register order:6:paid', 'run order:6:paid']);
    finish[0]();
    await intake.idle();
  });

  test('a job with nothing to attempt gives its slot back at once', async () => {
    const { intake, log } = setup({ concurrency: 1, claimable: false });
    await intake.accept([job(7)]);
    await intake.accept([job(8)]);
    assert.deepEqual(log, ['register order:7:paid', 'register order:8:paid']);
  });

  test('the delivery\'s traceparent is recorded with the job (later attempts continue its trace); none, none recorded', async () => {
    const { intake, log, finish } = setup();
    await intake.accept([job(9)], '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01');
    await intake.accept([job(10)]);
    await settle();
    assert.deepEqual(log.filter((l) => l.startsWith('register')), [
      'register order:9:paid in 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01', 'register order:10:paid',
    ]);
    for (const f of finish) f();
    await intake.idle();
  });

  test('the jobs of one message are recorded in one call and attempted together; each in its own order\'s trace', async () => {
    const { intake, log, finish } = setup();
    const delivery = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    const firstOrders = '00-4bf92f3577b34da6a3ce929d0e0e4736-a3ce929d0e0e4736-01';
    const another = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
    await intake.accept([{ ...job(11), traceparent: firstOrders }, { ...job(12), traceparent: another }, job(13)], delivery);
    await settle();
    assert.deepEqual(log, [
      `register order:11:paid in ${delivery}`,
      `register order:12:paid in ${another}`,
      `register order:13:paid in ${delivery}`,
      'run order:11:paid + order:12:paid + order:13:paid',
    ], 'the delivery span where it is in the job\'s trace (a finer parent), the job\'s own where it is not');
    finish[0]();
    await intake.idle();
  });

  test('a message of several jobs holds as many slots until its attempt ends', async () => {
    const { intake, log, finish } = setup({ concurrency: 2 });
    await intake.accept([job(14), job(15)]);
    let next = false;
    const pending = intake.accept([job(16)]).then(() => (next = true));
    await settle();
    assert.equal(next, false, 'both slots are taken by the first message');
    finish[0]();
    await pending;
    await settle();
    assert.deepEqual(log.filter((l) => l.startsWith('run')), ['run order:14:paid + order:15:paid', 'run order:16:paid']);
    finish[1]();
    await intake.idle();
  });
});
