import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import { one, rows } from '../support/db';
import { createUser } from '../support/factories';
import { ADMIN, claimsFor, countRows, forgeJwt, freshIp, logIn, request, sha256 } from '../support/auth-client';

const AUTH = '/api/v1/auth';
const uniqueName = (prefix = 'r') => `${prefix}_${randomBytes(5).toString('hex')}`;
const STRONG = 'Coffee#2026x';
const randomPhone = () => `137${String(randomBytes(4).readUInt32BE() % 100_000_000).padStart(8, '0')}`;

async function register(body: Record<string, unknown>, ip?: string) {
  return request('POST', `${AUTH}/register`, { body, ip });
}

/** What a client can observe of an answer, minus the per-request correlation id. */
const observable = (a: { status: number; body: any }) => ({ status: a.status, code: a.body.code, message: a.body.message, errors: a.body.data?.errors });

describe('auth: register', () => {
  test('creates a participant account with a bcrypt hash and a history entry; the account can log in', async () => {
    const username = uniqueName();
    const answer = await register({ username, password: STRONG, phone: randomPhone(), realName: '张三' });
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
    assert.deepEqual(answer.body.data.roles, ['participant']);
    const user = await one<any>('SELECT id, password_hash, status, password_changed_at FROM users WHERE username = ?', [username]);
    assert.equal(user.id, answer.body.data.userId);
    assert.match(user.password_hash, /^\$2[aby]\$10\$/, 'bcrypt, cost 10');
    assert.ok(user.password_changed_at);
    assert.equal(await countRows('SELECT COUNT(*) AS n FROM password_history WHERE user_id = ?', [user.id]), 1);
    const pair = await logIn(username, STRONG);
    assert.deepEqual(pair.user.roles, ['participant']);
  });

  test('a taken username or phone is a clear 409 naming the field', async () => {
    const username = uniqueName();
    const phone = randomPhone();
    assert.equal((await register({ username, password: STRONG, phone })).status, 201);
    const sameName = await register({ username, password: STRONG });
    assert.equal(sameName.status, 409);
    assert.equal(sameName.body.code, 40950);
    assert.equal(sameName.body.data.errors[0].field, 'body.username');
    const samePhone = await register({ username: uniqueName(), password: STRONG, phone });
    assert.equal(samePhone.status, 409);
    assert.equal(samePhone.body.code, 40951);
    assert.equal(samePhone.body.data.errors[0].field, 'body.phone');
  });

  test('the password policy is enforced, naming every broken rule; nothing is stored', async () => {
    const username = uniqueName();
    const weak = await register({ username, password: 'abc' });
    assert.equal(weak.status, 400);
    assert.equal(weak.body.code, 40050);
    const codes = weak.body.data.errors.map((e: any) => e.code).sort();
    assert.deepEqual(codes, ['missing_digit', 'missing_special', 'missing_upper', 'too_short']);
    assert.ok(weak.body.data.errors.every((e: any) => e.field === 'body.password'));
    const withName = await register({ username, password: `${username}#A1` });
    assert.deepEqual(withName.body.data.errors.map((e: any) => e.code), ['contains_username']);
    assert.equal(await countRows('SELECT COUNT(*) AS n FROM users WHERE username = ?', [username]), 0);
  });

  test('fields that do not belong (role, balance, brandId) are refused by name, nothing stored', async () => {
    const username = uniqueName();
    for (const extra of [{ role: 'platform_admin' }, { balance: '1000.00' }, { brandId: '1' }]) {
      const answer = await register({ username, password: STRONG, ...extra });
      assert.equal(answer.status, 400, JSON.stringify(extra));
      assert.equal(answer.body.code, 40000);
      assert.match(JSON.stringify(answer.body.data.errors), new RegExp(Object.keys(extra)[0]));
    }
    assert.equal(await countRows('SELECT COUNT(*) AS n FROM users WHERE username = ?', [username]), 0);
  });

  test('the public password rules are served for registration forms', async () => {
    const answer = await request('GET', `${AUTH}/password-policy`);
    assert.equal(answer.status, 200);
    assert.deepEqual(Object.keys(answer.body.data).sort(), ['minLength', 'requireDigit', 'requireLower', 'requireSpecial', 'requireUpper']);
  });
});

describe('auth: login and sessions', () => {
  test('login opens a session: the access token carries its sid, only the SHA-256 of the refresh token is stored', async () => {
    const user = await createUser('participant');
    const before = Date.now();
    const pair = await logIn(user.username, user.password);
    const session = await one<any>('SELECT * FROM user_sessions WHERE session_id = ?', [pair.user.sessionId]);
    assert.equal(session.user_id, user.userId);
    assert.equal(session.refresh_token_hash, sha256(pair.refreshToken));
    assert.equal(await countRows('SELECT COUNT(*) AS n FROM user_sessions WHERE refresh_token_hash = ?', [pair.refreshToken]), 0);
    const days = (new Date(session.expires_at).getTime() - before) / 86_400_000;
    assert.ok(days > 13.99 && days < 14.01, `refresh token lives 14 days (${days})`);
    const claims = JSON.parse(Buffer.from(pair.accessToken.split('.')[1], 'base64url').toString());
    assert.equal(claims.sid, pair.user.sessionId);
    assert.equal(claims.sub, user.userId);
    const attempt = await one<any>('SELECT success, reason FROM login_attempts WHERE username = ? ORDER BY id DESC LIMIT 1', [user.username]);
    assert.deepEqual([Number(attempt.success), attempt.reason], [1, null]);
  });

  test('unknown user, wrong password, locked and disabled accounts get the identical answer, in similar time', async () => {
    const username = uniqueName('t');
    assert.equal((await register({ username, password: STRONG })).status, 201); // a cost-10 hash, as in production
    const locked = await createUser('participant');
    await rows('UPDATE users SET locked_until = ? WHERE id = ?', [new Date(Date.now() + 600_000), locked.userId]);
    const disabled = await createUser('participant');
    await rows("UPDATE users SET status = 'disabled' WHERE id = ?", [disabled.userId]);

    const attempt = async (u: string, p: string) => {
      const started = performance.now();
      const answer = await request('POST', `${AUTH}/login`, { body: { username: u, password: p } });
      return { answer, ms: performance.now() - started };
    };
    const unknown = await attempt(uniqueName('nobody'), STRONG);
    const wrong = await attempt(username, 'Wrong#Passw0rd');
    const isLocked = await attempt(locked.username, locked.password);
    const isDisabled = await attempt(disabled.username, disabled.password);
    const expected = { status: 401, code: 40150, message: 'wrong username or password', errors: [] };
    for (const [name, a] of Object.entries({ unknown, wrong, isLocked, isDisabled })) assert.deepEqual(observable(a.answer), expected, name);
    assert.deepEqual(Object.keys(unknown.answer.body.data).sort(), Object.keys(wrong.answer.body.data).sort());

    // Timing: both paths run bcrypt at cost 10; medians of a few tries stay close.
    const samples = { unknown: [] as number[], wrong: [] as number[] };
    for (let i = 0; i < 3; i++) {
      samples.unknown.push((await attempt(uniqueName('nobody'), STRONG)).ms);
      samples.wrong.push((await attempt(username, `Wrong#Passw0rd${i}`)).ms);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const [mu, mw] = [median(samples.unknown), median(samples.wrong)];
    assert.ok(mu > 20, `an unknown user still costs a bcrypt comparison (${mu.toFixed(1)} ms)`);
    assert.ok(Math.abs(mu - mw) < Math.max(40, 0.5 * mw), `unknown ${mu.toFixed(1)} ms vs wrong password ${mw.toFixed(1)} ms`);

    const reasons = await rows<any>('SELECT reason FROM login_attempts WHERE username IN (?, ?) AND success = 0', [locked.username, disabled.username]);
    assert.deepEqual(reasons.map((r) => r.reason).sort(), ['disabled', 'locked'], 'the real reason is recorded, never shown');
  });

  test('lock-out after the policy\'s max attempts, refused even with the right password, open again after the cool-down', async () => {
    const admin = await logIn(ADMIN.username, ADMIN.password);
    const policy = (await request('GET', '/api/v1/security/password-policy', { token: admin.accessToken })).body.data;
    const user = await createUser('participant');
    for (let i = 1; i <= policy.maxLoginAttempts; i++) {
      const answer = await request('POST', `${AUTH}/login`, { body: { username: user.username, password: `Bad#Guess${i}` } });
      assert.equal(answer.body.code, 40150, `attempt ${i}`);
    }
    const row = await one<any>('SELECT failed_login_count, locked_until FROM users WHERE id = ?', [user.userId]);
    assert.equal(Number(row.failed_login_count), policy.maxLoginAttempts);
    const lockMinutes = (new Date(row.locked_until).getTime() - Date.now()) / 60_000;
    assert.ok(Math.abs(lockMinutes - policy.lockoutMinutes) < 1, `locked for ${policy.lockoutMinutes} minutes (${lockMinutes})`);

    const refused = await request('POST', `${AUTH}/login`, { body: { username: user.username, password: user.password } });
    assert.deepEqual(observable(refused), { status: 401, code: 40150, message: 'wrong username or password', errors: [] });
    const event = await one<any>("SELECT severity, detail FROM security_events WHERE type = 'account_locked' AND user_id = ?", [user.userId]);
    assert.ok(event, 'the lock-out is a security event');
    const reasons = await rows<any>('SELECT reason FROM login_attempts WHERE user_id = ? ORDER BY id', [user.userId]);
    assert.deepEqual(reasons.map((r) => r.reason), [...Array(policy.maxLoginAttempts).fill('bad_password'), 'locked']);

    // The cool-down runs out (moved into the past rather than waited for): the right password works again.
    await rows('UPDATE users SET locked_until = ? WHERE id = ?', [new Date(Date.now() - 1000), user.userId]);
    await logIn(user.username, user.password);
    const reset = await one<any>('SELECT failed_login_count, locked_until FROM users WHERE id = ?', [user.userId]);
    assert.deepEqual([Number(reset.failed_login_count), reset.locked_until], [0, null]);
  });

  test('an admin can end a lock-out at once (audited)', async () => {
    const admin = await logIn(ADMIN.username, ADMIN.password);
    const user = await createUser('participant');
    await rows('UPDATE users SET failed_login_count = 5, locked_until = ? WHERE id = ?', [new Date(Date.now() + 1_800_000), user.userId]);
    assert.equal((await request('POST', `${AUTH}/login`, { body: { username: user.username, password: user.password } })).status, 401);
    const unlocked = await request('POST', `/api/v1/users/${user.userId}/unlock`, { token: admin.accessToken });
    assert.equal(unlocked.status, 200, JSON.stringify(unlocked.body));
    assert.equal(unlocked.body.data.lockedUntil, null);
    await logIn(user.username, user.password);
    const audit = await one<any>("SELECT username FROM audit_logs WHERE action = 'user.unlock' AND resource_id = ?", [user.userId]);
    assert.equal(audit.username, 'admin');
  });
});

describe('auth: per-address throttling (production limits, from addresses other than the exempt loopback)', () => {
  const firstRefusal = async (count: number, send: (i: number) => Promise<{ status: number; body: any; headers: Headers }>) => {
    for (let i = 0; i < count; i++) {
      const answer = await send(i);
      if (answer.status === 429) return { index: i, answer };
    }
    return null;
  };

  test('an address with 20 failed logins in 15 minutes is refused (429) even with good credentials; a brute_force event is recorded', async () => {
    const ip = freshIp();
    const user = await createUser('participant');
    const refusal = await firstRefusal(45, (i) => request('POST', `${AUTH}/login`, { body: { username: `nobody_${i}`, password: STRONG }, ip }));
    assert.ok(refusal, 'the address is throttled');
    // The window starts at the address's first failure (rate-limiter-flexible), so no boundary can fall inside
    // the run: exactly the 21st attempt is refused, and told to wait for most of the 15 minutes.
    assert.equal(refusal.index, 20, `refused at attempt ${refusal.index + 1}`);
    assert.equal(refusal.answer.body.code, 42900);
    const wait = Number(refusal.answer.headers.get('retry-after'));
    assert.ok(wait > 800 && wait <= 900, `Retry-After ${wait}`);
    const good = await request('POST', `${AUTH}/login`, { body: { username: user.username, password: user.password }, ip });
    assert.equal(good.status, 429, 'no more password guesses from that address');
    assert.equal((await request('POST', `${AUTH}/login`, { body: { username: user.username, password: user.password }, ip: freshIp() })).status, 200);
    assert.ok(await one("SELECT id FROM security_events WHERE type = 'brute_force' AND ip = ?", [ip]), 'brute force recorded');
    assert.ok(await one("SELECT id FROM login_attempts WHERE ip = ? AND reason = 'ip_throttled'", [ip]));
  });

  test('login requests are limited to 30 a minute per address', async () => {
    const ip = freshIp();
    const user = await createUser('participant');
    const refusal = await firstRefusal(70, () => request('POST', `${AUTH}/login`, { body: { username: user.username, password: user.password }, ip }));
    assert.equal(refusal?.index, 30, `refused at request ${refusal && refusal.index + 1}`);
    assert.equal(refusal.answer.body.code, 42900);
    const wait = Number(refusal.answer.headers.get('retry-after'));
    assert.ok(wait >= 1 && wait <= 60, `Retry-After ${wait}`);
  });

  test('registrations are limited to 10 an hour per address', async () => {
    const ip = freshIp();
    const refusal = await firstRefusal(25, () => register({ username: uniqueName(), password: STRONG }, ip));
    assert.equal(refusal?.index, 10, `refused at registration ${refusal && refusal.index + 1}`);
    assert.equal(refusal.answer.body.code, 42900);
  });

  test('refresh requests are limited to 30 a minute per address', async () => {
    const ip = freshIp();
    const refusal = await firstRefusal(70, () => request('POST', `${AUTH}/refresh-token`, { body: { refreshToken: 'not-a-token' }, ip }));
    assert.equal(refusal?.index, 30, `refused at request ${refusal && refusal.index + 1}`);
  });
});

describe('auth: refresh rotation, logout', () => {
  test('a refresh rotates the pair: the old refresh and access tokens stop working, the new ones work', async () => {
    const user = await createUser('participant');
    const first = await logIn(user.username, user.password);
    const rotated = await request('POST', `${AUTH}/refresh-token`, { body: { refreshToken: first.refreshToken } });
    assert.equal(rotated.status, 200, JSON.stringify(rotated.body));
    const second = rotated.body.data;
    assert.notEqual(second.refreshToken, first.refreshToken);
    assert.notEqual(second.user.sessionId, first.user.sessionId);
    assert.equal((await request('GET', `${AUTH}/userinfo`, { token: second.accessToken })).status, 200);
    assert.equal((await request('GET', `${AUTH}/userinfo`, { token: first.accessToken })).status, 401);
    const family = await rows<any>('SELECT refresh_family, revoked_at FROM user_sessions WHERE session_id IN (?, ?) ORDER BY id', [first.user.sessionId, second.user.sessionId]);
    assert.equal(family[0].refresh_family, family[1].refresh_family);
    assert.ok(family[0].revoked_at && !family[1].revoked_at);
  });

  test('presenting a rotated refresh token revokes the whole family and records a security event', async () => {
    const user = await createUser('participant');
    const first = await logIn(user.username, user.password);
    const second = (await request('POST', `${AUTH}/refresh-token`, { body: { refreshToken: first.refreshToken } })).body.data;
    const third = (await request('POST', `${AUTH}/refresh-token`, { body: { refreshToken: second.refreshToken } })).body.data;
    const other = await logIn(user.username, user.password); // another device: another family

    const reuse = await request('POST', `${AUTH}/refresh-token`, { body: { refreshToken: first.refreshToken } });
    assert.equal(reuse.status, 401);
    assert.equal(reuse.body.code, 40151);
    assert.equal((await request('GET', `${AUTH}/userinfo`, { token: third.accessToken })).status, 401, 'the live access token of the family dies');
    assert.equal((await request('POST', `${AUTH}/refresh-token`, { body: { refreshToken: third.refreshToken } })).status, 401);
    assert.equal((await request('GET', `${AUTH}/userinfo`, { token: other.accessToken })).status, 200, 'other families are untouched');
    const event = await one<any>("SELECT severity FROM security_events WHERE type = 'refresh_token_reuse' AND user_id = ?", [user.userId]);
    assert.equal(event.severity, 'high');
    assert.equal(await countRows('SELECT COUNT(*) AS n FROM user_sessions WHERE user_id = ? AND revoked_at IS NULL', [user.userId]), 1);
  });

  test('an unknown refresh token is refused', async () => {
    const answer = await request('POST', `${AUTH}/refresh-token`, { body: { refreshToken: randomBytes(32).toString('base64url') } });
    assert.deepEqual([answer.status, answer.body.code], [401, 40151]);
  });

  test('logout kills the access token at once, and its refresh token; other sessions live on', async () => {
    const user = await createUser('participant');
    const pair = await logIn(user.username, user.password);
    const other = await logIn(user.username, user.password);
    assert.equal((await request('GET', `${AUTH}/userinfo`, { token: pair.accessToken })).status, 200);
    assert.equal((await request('POST', `${AUTH}/logout`, { token: pair.accessToken })).status, 200);
    assert.equal((await request('GET', `${AUTH}/userinfo`, { token: pair.accessToken })).status, 401);
    const refresh = await request('POST', `${AUTH}/refresh-token`, { body: { refreshToken: pair.refreshToken } });
    assert.deepEqual([refresh.status, refresh.body.code], [401, 40151]);
    assert.equal(await countRows("SELECT COUNT(*) AS n FROM security_events WHERE type = 'refresh_token_reuse' AND user_id = ?", [user.userId]), 0,
      'a logged-out token is refused, not reported as theft');
    assert.equal((await request('GET', `${AUTH}/userinfo`, { token: other.accessToken })).status, 200);
    assert.equal((await request('POST', `${AUTH}/logout`)).status, 401);
  });
});

describe('auth: JWT attacks all answer 401', () => {
  test('alg none, wrong key, HS512, expired, wrong audience or issuer, refresh token, no sid, someone else\'s sid, typ refresh', async () => {
    const user = await createUser('participant');
    const pair = await logIn(user.username, user.password);
    const victim = await logIn((await createUser('participant')).username, 'Test@12345');
    const real = { userId: user.userId, sessionId: pair.user.sessionId };
    const now = Math.floor(Date.now() / 1000);
    const attacks: Record<string, string> = {
      'alg none': forgeJwt(claimsFor(real), { alg: 'none' }),
      'wrong key': forgeJwt(claimsFor(real), { secret: 'not-the-key-not-the-key-not-the-key-0000' }),
      'HS512 with the right key': forgeJwt(claimsFor(real), { alg: 'HS512' }),
      expired: forgeJwt(claimsFor(real, { iat: now - 7200, exp: now - 3600 })),
      'wrong audience': forgeJwt(claimsFor(real, { aud: 'another-api' })),
      'wrong issuer': forgeJwt(claimsFor(real, { iss: 'someone-else' })),
      'refresh token as access token': pair.refreshToken,
      'typ refresh': forgeJwt(claimsFor(real, { typ: 'refresh' })),
      'no session': forgeJwt(claimsFor(real, { sid: undefined })),
      "another user's session": forgeJwt(claimsFor({ userId: user.userId, sessionId: victim.user.sessionId })),
      'garbage': 'abc.def.ghi',
    };
    assert.equal((await request('GET', `${AUTH}/userinfo`, { token: forgeJwt(claimsFor(real)) })).status, 200, 'a correctly signed token works: the forgeries below differ only as named');
    for (const [name, token] of Object.entries(attacks)) {
      const answer = await request('GET', `${AUTH}/userinfo`, { token });
      assert.deepEqual([answer.status, answer.body.code], [401, 40100], name);
    }
  });

  test('the token of a disabled user stops working at once', async () => {
    const admin = await logIn(ADMIN.username, ADMIN.password);
    const user = await createUser('participant');
    const pair = await logIn(user.username, user.password);
    assert.equal((await request('POST', `/api/v1/users/${user.userId}/disable`, { token: admin.accessToken })).status, 200);
    assert.equal((await request('GET', `${AUTH}/userinfo`, { token: pair.accessToken })).status, 401);
    assert.equal((await request('POST', `${AUTH}/refresh-token`, { body: { refreshToken: pair.refreshToken } })).status, 401);
  });
});

describe('auth: userinfo, password change, own sessions', () => {
  test('userinfo has roles, permissions and the menu tree of the roles', async () => {
    const admin = await logIn(ADMIN.username, ADMIN.password);
    const info = (await request('GET', `${AUTH}/userinfo`, { token: admin.accessToken })).body.data;
    assert.ok(info.roles.includes('platform_admin'));
    assert.ok(info.permissions.includes('audit:verify'));
    const system = info.menus.find((m: any) => m.code === 'system');
    assert.ok(system && system.path === null);
    const children = system.children.map((c: any) => c.code);
    for (const code of ['system.users', 'system.roles', 'system.audit', 'system.security']) assert.ok(children.includes(code), code);
    assert.deepEqual(children, [...children].sort((a: string, b: string) => system.children.find((c: any) => c.code === a).sort - system.children.find((c: any) => c.code === b).sort));
    assert.equal(info.passwordExpired, false);
    assert.ok(info.passwordExpiresAt);

    const brandAdmin = await createUser('brand_admin');
    const brandInfo = (await request('GET', `${AUTH}/userinfo`, { token: (await logIn(brandAdmin.username, brandAdmin.password)).accessToken })).body.data;
    const codes = JSON.stringify(brandInfo.menus);
    assert.ok(codes.includes('"campaigns"') && codes.includes('system.audit'));
    assert.ok(!codes.includes('system.users') && !codes.includes('system.roles'), 'no RBAC admin menus for a brand admin');
    const participant = await createUser('participant');
    const partInfo = (await request('GET', `${AUTH}/userinfo`, { token: (await logIn(participant.username, participant.password)).accessToken })).body.data;
    assert.deepEqual(partInfo.menus, []);
  });

  test('password change: current password checked, policy and history enforced, other sessions end', async () => {
    const user = await createUser('participant');
    const pair = await logIn(user.username, user.password);
    const other = await logIn(user.username, user.password);
    const change = (currentPassword: string, newPassword: string) => request('POST', `${AUTH}/password`, { token: pair.accessToken, body: { currentPassword, newPassword } });

    assert.deepEqual([(await change('Wrong#1234', STRONG)).body.code], [40052]);
    assert.equal((await change(user.password, 'short')).body.code, 40050);
    const same = await change(user.password, user.password);
    assert.deepEqual([same.status, same.body.code, same.body.data.errors[0].field], [400, 40051, 'body.newPassword']);
    const ok = await change(user.password, STRONG);
    assert.equal(ok.status, 200, JSON.stringify(ok.body));
    assert.equal(ok.body.data.otherSessionsRevoked, 1);
    assert.equal((await request('GET', `${AUTH}/userinfo`, { token: other.accessToken })).status, 401, 'other sessions end');
    assert.equal((await request('GET', `${AUTH}/userinfo`, { token: pair.accessToken })).status, 200, 'this one goes on');
    await logIn(user.username, STRONG);
    assert.equal((await request('POST', `${AUTH}/login`, { body: { username: user.username, password: user.password } })).status, 401);

    const next = await request('POST', `${AUTH}/password`, { token: pair.accessToken, body: { currentPassword: STRONG, newPassword: 'Second#2026y' } });
    assert.equal(next.status, 200);
    const back = await request('POST', `${AUTH}/password`, { token: pair.accessToken, body: { currentPassword: 'Second#2026y', newPassword: STRONG } });
    assert.equal(back.body.code, 40051, 'a recent password cannot come back');
  });

  test('own sessions are listed and revocable; another user\'s are not visible (404/403)', async () => {
    const user = await createUser('participant');
    const a = await logIn(user.username, user.password);
    const b = await logIn(user.username, user.password);
    const list = await request('GET', `${AUTH}/sessions`, { token: a.accessToken });
    assert.equal(list.status, 200);
    assert.equal(list.body.data.total, 2);
    const current = list.body.data.items.find((s: any) => s.current);
    const otherSession = list.body.data.items.find((s: any) => !s.current);
    assert.ok(current && otherSession);
    // One identity: the sessionId login and /auth/userinfo answer is the id /auth/sessions lists and revokes.
    assert.equal(current.id, a.user.sessionId);
    assert.equal(otherSession.id, b.user.sessionId);
    assert.equal((await request('GET', `${AUTH}/userinfo`, { token: a.accessToken })).body.data.sessionId, a.user.sessionId);

    const stranger = await createUser('participant');
    const s = await logIn(stranger.username, stranger.password);
    assert.equal((await request('DELETE', `${AUTH}/sessions/${otherSession.id}`, { token: s.accessToken })).status, 404);
    assert.equal((await request('GET', `${AUTH}/sessions?userId=${user.userId}`, { token: s.accessToken })).status, 403);

    assert.equal((await request('DELETE', `${AUTH}/sessions/${otherSession.id}`, { token: a.accessToken })).status, 200);
    assert.equal((await request('GET', `${AUTH}/userinfo`, { token: b.accessToken })).status, 401);
    assert.equal((await request('GET', `${AUTH}/userinfo`, { token: a.accessToken })).status, 200);
  });

  test('an admin lists and revokes any user\'s sessions (audited)', async () => {
    const admin = await logIn(ADMIN.username, ADMIN.password);
    const user = await createUser('participant');
    const pair = await logIn(user.username, user.password);
    const list = await request('GET', `${AUTH}/sessions?userId=${user.userId}`, { token: admin.accessToken });
    assert.equal(list.body.data.total, 1);
    const id = list.body.data.items[0].id;
    assert.equal(list.body.data.items[0].current, false);
    assert.equal((await request('DELETE', `${AUTH}/sessions/${id}`, { token: admin.accessToken })).status, 200);
    assert.equal((await request('GET', `${AUTH}/userinfo`, { token: pair.accessToken })).status, 401);
    assert.ok(await one("SELECT id FROM audit_logs WHERE action = 'session.revoke' AND resource_id = ?", [id]));
  });
});
