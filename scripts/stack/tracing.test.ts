import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { loadConfig } from './config';
import { daprConfigFile, tracedDaprConfig, tracingEnv } from './tracing';

const shared = fs.readFileSync(path.join(__dirname, '..', '..', 'dapr', 'config.yaml'), 'utf8');
const url = 'http://127.0.0.1:9411/api/v2/spans';

test('the traced Configuration is dapr/config.yaml with sampling at 1 and the Zipkin exporter, nothing else changed', () => {
  const traced = tracedDaprConfig(shared, url);
  assert.match(traced, /^ {4}samplingRate: "1".*\n {4}zipkin:\n {6}endpointAddress: "http:\/\/127\.0\.0\.1:9411\/api\/v2\/spans"\n/m);
  assert.doesNotMatch(traced, /^ *samplingRate: "0"/m);
  const dropped = shared.split('\n').filter((line) => !traced.split('\n').includes(line));
  assert.deepEqual(dropped, ['    samplingRate: "0"']);
});

test('a dapr/config.yaml without its one samplingRate "0" line is refused, not silently left untraced', () => {
  assert.throws(() => tracedDaprConfig(shared.replace(/^( *)samplingRate: "0"/m, '$1samplingRate: "0.5"'), url), /found 0/);
});

test('off: the sidecars use the shared file and the apps get no spans URL; on: a copy under the state dir and the URL', () => {
  const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dmh-tracing-'));
  try {
    const off = loadConfig({ stateDir, env: { DMH_TRACING: '' } });
    assert.equal(off.tracing, false);
    assert.equal(daprConfigFile(off), off.daprConfigFile);
    assert.deepEqual(tracingEnv(off), {});
    const on = loadConfig({ stateDir, env: { DMH_TRACING: '1', DMH_ZIPKIN_PORT: '19411' } });
    const file = daprConfigFile(on);
    assert.equal(path.dirname(path.dirname(file)), stateDir);
    assert.match(fs.readFileSync(file, 'utf8'), /endpointAddress: "http:\/\/127\.0\.0\.1:19411\/api\/v2\/spans"/);
    assert.deepEqual(tracingEnv(on), { ZIPKIN_SPANS_URL: 'http://127.0.0.1:19411/api/v2/spans', OPS_TRACES_URL: 'http://127.0.0.1:19411/zipkin' });
    assert.equal(loadConfig({ stateDir, env: { DMH_TRACING: '1' }, tracing: false }).tracing, false);
    assert.throws(() => loadConfig({ stateDir, env: { DMH_TRACING: 'yes' } }), /DMH_TRACING=yes/);
  } finally {
    fs.rmSync(stateDir, { recursive: true, force: true });
  }
});
