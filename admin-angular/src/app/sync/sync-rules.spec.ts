import { firstFailure, parseMapping, retryCalls, starterMapping, targetBody, targetForm, type TargetView } from './sync-rules';

describe('sync rules', () => {
  const view: TargetView = {
    brandId: '3', kind: 'sqlserver', host: 'db.brand.cn', port: 1433, database: 'crm', username: 'dmh', hasPassword: true,
    options: { connectTimeoutMs: 3000, encrypt: true, trustServerCertificate: true }, mapping: starterMapping(), enabled: true, version: 2,
    updatedAt: '2026-12-01T00:00:00Z',
  };

  it('never fills the password back, and leaves it out of the body unless a new one was typed', () => {
    const form = targetForm(view);
    expect(form.password).toBe('');
    const body = targetBody(form, starterMapping());
    expect('password' in body).toBeFalse();
    expect(body.options).toEqual({ connectTimeoutMs: 3000, encrypt: true, trustServerCertificate: true });
    expect(targetBody({ ...form, password: 'S3cret!' }, starterMapping()).password).toBe('S3cret!');
  });

  it('sends the TLS options only to the kinds that read them', () => {
    const oracle = targetBody({ ...targetForm(view), kind: 'oracle' }, starterMapping());
    expect(oracle.options).toEqual({ connectTimeoutMs: 3000 });
    const mysql = targetBody({ ...targetForm(view), kind: 'mysql', host: ' h ' }, starterMapping());
    expect(mysql.options).toEqual({ connectTimeoutMs: 3000, encrypt: true });
    expect(mysql.host).toBe('h');
  });

  it('reads the mapping box, saying what is wrong with it', () => {
    expect(parseMapping(JSON.stringify(starterMapping())).ok).toBeTrue();
    const broken = parseMapping('{"orders": ');
    expect(broken.ok).toBeFalse();
    expect(parseMapping('{"orders": {}}')).toEqual({ ok: false, problem: 'orders, rewards' });
  });

  it('retries a selection with one call per brand, each order once', () => {
    const calls = retryCalls([{ brandId: '1', orderId: '10' }, { brandId: '2', orderId: '20' }, { brandId: '1', orderId: '11' }, { brandId: '1', orderId: '10' }]);
    expect(calls).toEqual([{ brandId: '1', orderIds: ['10', '11'] }, { brandId: '2', orderIds: ['20'] }]);
  });

  it('finds the failed step of a connection test', () => {
    const step = { step: 'connect' as const, ok: false, ms: 12, error: 'ECONNREFUSED' };
    expect(firstFailure({ brandId: '1', kind: 'mysql', ok: false, latencyMs: 12, steps: [step] })).toEqual(step);
    expect(firstFailure({ brandId: '1', kind: 'mysql', ok: true, latencyMs: 12, steps: [{ ...step, ok: true, error: null }] })).toBeNull();
  });
});
