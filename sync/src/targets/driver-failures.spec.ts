import assert from 'node:assert/strict';
import * as net from 'node:net';
import { after, before, describe, test } from 'node:test';
import { mapOrder } from '../mapping/field-mapping';
import { anOrder, CRM_MAPPING } from '../mapping/sample-data';
import { errorText } from '../jobs/error-text';
import { OracleTarget } from './oracle.target';
import { SqlServerTarget } from './sqlserver.target';
import type { TargetAdapter, TargetConnection } from './target-adapter';

/**
 * The real oracledb (thin) and mssql drivers against a closed port and against a server that accepts the
 * TCP connection and then never answers: each attempt ends with the driver's own error (the connect
 * timeout fires), and the adapter is usable again for the next attempt.
 */
let hanging: net.Server;
let hangingPort = 0;
let closedPort = 0;
const sockets = new Set<net.Socket>();

before(async () => {
  hanging = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
  hangingPort = (hanging.address() as net.AddressInfo).port;
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  closedPort = (probe.address() as net.AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
});

after(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((resolve) => hanging.close(resolve));
});

const connection = (port: number): TargetConnection => ({
  host: '127.0.0.1', port, database: 'XEPDB1', username: 'dmh', password: 'secret', connectTimeoutMs: 1_000, queryTimeoutMs: 2_000,
  encrypt: false, trustServerCertificate: true,
});

async function failure(adapter: TargetAdapter): Promise<string> {
  try {
    await adapter.upsert([mapOrder(CRM_MAPPING, anOrder())]);
  } catch (err) {
    return errorText(err);
  }
  assert.fail('the upsert should have failed');
}

describe('real drivers against unreachable targets', () => {
  test('oracledb thin, closed port: NJS-503, twice (a failed pool is not kept)', async () => {
    const target = new OracleTarget(connection(closedPort));
    try {
      assert.match(await failure(target), /NJS-503/);
      assert.match(await failure(target), /NJS-503/);
      await assert.rejects(target.healthCheck(), /NJS-503/);
    } finally {
      await target.close();
    }
  });

  test('oracledb thin, a server that accepts and hangs: the connect timeout fires (NJS-510)', async () => {
    const target = new OracleTarget(connection(hangingPort));
    try {
      assert.match(await failure(target), /NJS-510.*connectTimeout/);
    } finally {
      await target.close();
    }
  });

  test('mssql, closed port: ESOCKET, twice', async () => {
    const target = new SqlServerTarget(connection(closedPort));
    try {
      assert.match(await failure(target), /ESOCKET/);
      assert.match(await failure(target), /ESOCKET/);
    } finally {
      await target.close();
    }
  });

  test('mssql, a server that accepts and hangs: the connection timeout fires (ETIMEOUT)', async () => {
    const target = new SqlServerTarget(connection(hangingPort));
    try {
      assert.match(await failure(target), /ETIMEOUT/);
      await assert.rejects(target.healthCheck(), /ETIMEOUT|Failed to connect/);
    } finally {
      await target.close();
    }
  });
});
