import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { loadPorts } from '../stack/ports.js';

/** The kernel's ephemeral range, from which outgoing connections take their local port. */
function ephemeralRange(): [number, number] {
  try {
    const [low, high] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
    return [low, high];
  } catch {
    return [32768, 60999]; // Linux's default
  }
}

test('no default port of the stack lies in the ephemeral range, where an outgoing connection could hold it', () => {
  const [low, high] = ephemeralRange();
  const inside = Object.entries(loadPorts({})).filter(([, port]) => port >= low && port <= high);
  assert.deepEqual(inside, [], `ports inside ${low}–${high}`);
});

test('an override is honoured and a clash between two ports is refused', () => {
  assert.equal(loadPorts({ DMH_PLACEMENT_PORT: '17005' }).placement, 17005);
  assert.throws(() => loadPorts({ DMH_PLACEMENT_PORT: '16006' }), /given to both/);
});
