import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formFieldsSchema } from '@dmh/shared';
import { campaignProblems, type RuleContext } from './campaign-rules';
import type { CampaignWrite } from './campaigns.repository';

const now = new Date('2026-03-01T00:00:00Z');
const campaign = (over: Partial<CampaignWrite> = {}): CampaignWrite => ({
  name: 'Spring',
  description: null,
  coverImage: null,
  price: '99.00',
  quota: 100,
  startTime: '2026-03-01T00:00:00Z',
  endTime: '2026-04-01T00:00:00Z',
  formFields: formFieldsSchema.parse([{ key: 'name', label: '姓名', type: 'text', required: true }, { key: 'phone', label: '手机', type: 'phone', required: true }]),
  rewardLevels: [{ level: 1, mode: 'fixed', amount: '10.00' }, { level: 2, mode: 'percent', percent: '5' }],
  ...over,
});
const ctx = (over: Partial<RuleContext> = {}): RuleContext => ({ seatsTaken: 0, now, creating: true, sent: new Set(['price', 'rewardLevels', 'endTime']), ...over });
const problemsOf = (write: CampaignWrite, c = ctx()) => campaignProblems(write, c).map((p) => `${p.field}:${p.code}`);

test('a complete campaign has no problems', () => {
  assert.deepEqual(problemsOf(campaign()), []);
});

test('the price is at least one cent', () => {
  assert.deepEqual(problemsOf(campaign({ price: '0.00', rewardLevels: [] })), ['body.price:too_small']);
});

test('form definition problems name body.formFields.<i>.<property>', () => {
  const fields = formFieldsSchema.parse([{ key: 'city', label: 'City', type: 'select' }, { key: 'city', label: 'Again', type: 'text' }]);
  assert.deepEqual(problemsOf(campaign({ formFields: fields })), ['body.formFields.0.options:required', 'body.formFields.1.key:duplicate']);
});

test('rewards may not exceed the price, fixed or percent', () => {
  assert.deepEqual(problemsOf(campaign({ price: '10.00', rewardLevels: [{ level: 1, mode: 'fixed', amount: '8.00' }, { level: 2, mode: 'percent', percent: '30' }] })), [
    'body.rewardLevels:reward_rule',
  ]);
  assert.deepEqual(problemsOf(campaign({ rewardLevels: [{ level: 1, mode: 'fixed', amount: '1.00' }, { level: 1, mode: 'fixed', amount: '1.00' }] })), [
    'body.rewardLevels.1.level:reward_rule',
  ]);
  assert.deepEqual(problemsOf(campaign({ rewardLevels: [{ level: 1, mode: 'percent', percent: '100.01' }] })), ['body.rewardLevels.0.percent:reward_rule']);
});

test('lowering the price below the rewards names the price when the rewards were not sent', () => {
  const write = campaign({ price: '5.00' });
  assert.deepEqual(problemsOf(write, ctx({ creating: false, sent: new Set(['price']) })), ['body.price:reward_rule']);
});

test('the window: end after start, and not already over when created', () => {
  assert.deepEqual(problemsOf(campaign({ endTime: '2026-03-01T00:00:00Z' })), ['body.endTime:range']);
  assert.deepEqual(problemsOf(campaign({ startTime: '2026-05-01T00:00:00Z' }), ctx({ creating: false, sent: new Set(['startTime']) })), ['body.startTime:range']);
  assert.deepEqual(problemsOf(campaign({ startTime: '2026-01-01T00:00:00Z', endTime: '2026-02-01T00:00:00Z' })), ['body.endTime:in_the_past']);
  assert.deepEqual(problemsOf(campaign({ startTime: '2026-01-01T00:00:00Z', endTime: '2026-02-01T00:00:00Z' }), ctx({ creating: false })), [], 'an ended campaign may still be edited');
});

test('the quota never goes below the seats already taken; null is unlimited', () => {
  assert.deepEqual(problemsOf(campaign({ quota: 4 }), ctx({ seatsTaken: 5 })), ['body.quota:below_seats_taken']);
  assert.deepEqual(problemsOf(campaign({ quota: 5 }), ctx({ seatsTaken: 5 })), []);
  assert.deepEqual(problemsOf(campaign({ quota: null }), ctx({ seatsTaken: 5000 })), []);
});
