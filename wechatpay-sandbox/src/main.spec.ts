import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, describe, it } from 'node:test';
import { SANDBOX_CERTIFICATE_FILE } from './payments/platform-certificate';

const keysDir = join(mkdtempSync(join(tmpdir(), 'wechatpay-main-')), 'keys');
after(() => rmSync(join(keysDir, '..'), { recursive: true, force: true }));

describe('main (the sandbox process)', () => {
  it('starts from the environment, generates its keys, serves, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [join(__dirname, 'main.js')], {
      env: { ...process.env, SANDBOX_PORT: '0', WECHATPAY_SANDBOX_KEYS_DIR: keysDir, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      let url = '';
      for await (const line of createInterface({ input: child.stdout })) {
        const entry = JSON.parse(line) as { msg?: string; url?: string; keysDir?: string };
        if (entry.msg === 'WeChat Pay sandbox listening') {
          assert.equal(entry.keysDir, keysDir);
          url = entry.url ?? '';
          break;
        }
      }
      assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
      const response = await fetch(`${url}/sandbox/pay/D000000000000404`, { method: 'POST' });
      assert.equal(response.status, 404);
      assert.equal(response.headers.get('wechatpay-signature-type'), 'WECHATPAY2-SHA256-RSA2048');
    } finally {
      child.kill('SIGTERM');
    }
    const [code] = await once(child, 'exit');
    assert.equal(code, 0);
  });

  it('in certificate mode signs with the platform certificate it made in the keys dir', async () => {
    const dir = `${keysDir}-certificate`;
    const child = spawn(process.execPath, [join(__dirname, 'main.js')], {
      env: { ...process.env, SANDBOX_PORT: '0', WECHATPAY_SANDBOX_KEYS_DIR: dir, WECHATPAY_VERIFY_MODE: 'certificate', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      let listening: { url?: string; serial?: string; mode?: string } = {};
      for await (const line of createInterface({ input: child.stdout })) {
        const entry = JSON.parse(line) as { msg?: string; url?: string; serial?: string; mode?: string };
        if (entry.msg === 'WeChat Pay sandbox listening') {
          listening = entry;
          break;
        }
      }
      const certificate = new X509Certificate(readFileSync(join(dir, SANDBOX_CERTIFICATE_FILE)));
      assert.equal(listening.mode, 'certificate');
      assert.equal(listening.serial, certificate.serialNumber.toUpperCase());
      const response = await fetch(`${listening.url}/sandbox/pay/D000000000000404`, { method: 'POST' });
      assert.equal(response.headers.get('wechatpay-serial'), listening.serial);
    } finally {
      child.kill('SIGTERM');
    }
    await once(child, 'exit');
  });
});
