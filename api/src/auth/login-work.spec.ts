import assert from 'node:assert/strict';
import { describe, mock, test } from 'node:test';
import bcrypt from 'bcrypt';
import { AppError } from '../common/app-error';
import { config } from '../config';
import type { MenusService } from '../rbac/menus.service';
import { LoginAttemptsRepository } from '../security/login-attempts.repository';
import { FALLBACK_POLICY } from '../security/password-policy';
import type { PasswordService } from '../security/password.service';
import { AuthRepository } from './auth.repository';
import { AuthService } from './auth.service';
import { LoginGuard, type Transact } from './login-guard';
import type { SessionsService } from './sessions.service';

/**
 * A failed login must not tell, by its timing, what its identical answer does not: an unknown username, a
 * wrong password, a locked and a disabled account must do the same work. Checked here on the work itself
 * (every SQL statement and transaction boundary, the address counter, the bcrypt comparison and its cost),
 * with the real service, guard and repositories over a recording database: no clock involved.
 */
describe('a failed login does the same work whatever the reason', () => {
  const USERNAME = 'known_user';

  async function failedLogin(username: string, account: { status: string; lockedUntil: Date | null } | null): Promise<string[]> {
    const work: string[] = [];
    const hash = await bcrypt.hash('Right#2026x', config().BCRYPT_ROUNDS);
    const row = account && {
      id: '7', username: USERNAME, password_hash: hash, status: account.status, failed_login_count: 0,
      locked_until: account.lockedUntil, password_set_at: new Date(),
    };
    const db = {
      async query(sql: string, params: unknown[] = []): Promise<any> {
        work.push(sql.replace(/\s+/g, ' ').trim());
        if (/^SELECT .* FROM users WHERE username = \?/.test(sql)) return row && params[0] === USERNAME ? [row] : [];
        if (/^(INSERT|UPDATE)/.test(sql)) return { insertId: 1, affectedRows: row ? 1 : 0 };
        return [];
      },
    };
    const transact: Transact = async (run) => {
      work.push('BEGIN');
      const result = await run(db);
      work.push('COMMIT');
      return result;
    };
    const counters = {
      peek: async () => (work.push('redis: peek address failures'), { count: 0, msBeforeNext: 0 }),
      hit: async () => (work.push('redis: count address failure'), { count: 1, msBeforeNext: 900_000 }),
    };
    const compare = mock.method(bcrypt, 'compare');
    const passwords = { policy: async () => FALLBACK_POLICY } as unknown as PasswordService;
    const users = new AuthRepository(() => db);
    const guard = new LoginGuard(users, new LoginAttemptsRepository(() => db), transact, counters);
    const service = new AuthService(users, guard, {} as SessionsService, passwords, {} as MenusService);
    try {
      await assert.rejects(service.login(username, 'Wrong#2026x', { ip: '198.18.0.1', userAgent: null }), (err: unknown) => {
        assert.ok(err instanceof AppError && err.errorName === 'LOGIN_FAILED');
        return true;
      });
      assert.equal(compare.mock.callCount(), 1, 'one bcrypt comparison');
      const comparedWith = String(compare.mock.calls[0].arguments[1]);
      work.push(`bcrypt: compare at cost ${comparedWith.split('$')[2]}`);
    } finally {
      compare.mock.restore();
    }
    return work;
  }

  test('unknown user, wrong password, locked, disabled: the same statements, round trips and bcrypt cost', async () => {
    const wrongPassword = await failedLogin(USERNAME, { status: 'active', lockedUntil: null });
    assert.ok(wrongPassword.includes('BEGIN') && wrongPassword.some((s) => s.includes('FOR UPDATE')), 'the lock state is read and written in a transaction');
    assert.deepEqual(await failedLogin('nobody_here', null), wrongPassword, 'unknown user');
    assert.deepEqual(await failedLogin(USERNAME, { status: 'active', lockedUntil: new Date(Date.now() + 60_000) }), wrongPassword, 'locked');
    assert.deepEqual(await failedLogin(USERNAME, { status: 'disabled', lockedUntil: null }), wrongPassword, 'disabled');
  });
});
