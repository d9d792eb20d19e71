import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isDependencyOutage, outageAnswer } from './dependency-errors';

const connectError = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:3306'), { code: 'ECONNREFUSED', errno: -111, fatal: true });
/** TypeORM's QueryFailedError keeps the driver's error as `driverError` and copies its fields. */
const queryFailed = (errno: number, code: string) => Object.assign(new Error('query failed'), { driverError: { errno, code }, errno, code });

test('a database that refuses, drops or is shutting down is an outage', () => {
  assert.equal(isDependencyOutage(connectError()), true);
  assert.equal(isDependencyOutage(Object.assign(new Error('Connection lost'), { code: 'PROTOCOL_CONNECTION_LOST', fatal: true })), true);
  assert.equal(isDependencyOutage(queryFailed(1053, 'ER_SERVER_SHUTDOWN')), true);
  assert.equal(isDependencyOutage(queryFailed(1213, 'ER_LOCK_DEADLOCK')), true, 'a deadlock rolled the transaction back: retry');
  assert.equal(isDependencyOutage(Object.assign(new Error('wrapped'), { cause: connectError() })), true);
});

test('a wrong request or a bug is not an outage', () => {
  assert.equal(isDependencyOutage(queryFailed(1062, 'ER_DUP_ENTRY')), false);
  assert.equal(isDependencyOutage(queryFailed(1064, 'ER_PARSE_ERROR')), false);
  assert.equal(isDependencyOutage(new TypeError('x is undefined')), false);
  assert.equal(isDependencyOutage(null), false);
  assert.equal(outageAnswer(new Error('boom')), null);
});

test('an outage is answered 503 with a retry hint and no detail of the cause', () => {
  const answer = outageAnswer(connectError());
  assert.ok(answer);
  assert.deepEqual([answer.http, answer.retryAfterSeconds], [503, 2]);
  assert.doesNotMatch(answer.message, /ECONNREFUSED|3306/);
});
