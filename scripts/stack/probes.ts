// Readiness probes: each answers "is it serving yet?" once, and waitUntil polls one until it says yes.
import * as http from 'node:http';
import * as net from 'node:net';
import Redis from 'ioredis';
import * as mysql from 'mysql2/promise';
import { sleep } from './procfs';

export type Probe = () => Promise<boolean>;

export interface WaitOptions {
  readonly what: string;
  readonly timeoutMs: number;
  readonly logFile?: string;
  /** Resolves if the process being waited for exits first: the wait then fails at once. */
  readonly exited?: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  readonly intervalMs?: number;
}

export async function waitUntil(probe: Probe, opts: WaitOptions): Promise<void> {
  const deadline = Date.now() + opts.timeoutMs;
  const see = opts.logFile ? `; read ${opts.logFile}` : '';
  let exit: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  void opts.exited?.then((e) => (exit = e));
  for (;;) {
    if (exit !== null) {
      const { code, signal } = exit;
      throw new Error(`${opts.what} exited (code ${code}, signal ${signal}) before it was ready${see}`);
    }
    if (await probe().catch(() => false)) return;
    if (Date.now() >= deadline) throw new Error(`${opts.what} was not ready after ${opts.timeoutMs} ms${see}`);
    await sleep(opts.intervalMs ?? 250);
  }
}

export function httpStatus(url: string, timeoutMs = 2_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('timeout', () => req.destroy(new Error(`timeout after ${timeoutMs} ms`)));
    req.on('error', reject);
  });
}

export function httpJson<T>(url: string, timeoutMs = 2_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { timeout: timeoutMs }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => {
        try {
          resolve(JSON.parse(body) as T);
        } catch (err) {
          reject(err);
        }
      });
    });
    req.on('timeout', () => req.destroy(new Error(`timeout after ${timeoutMs} ms`)));
    req.on('error', reject);
  });
}

export function httpOk(url: string, accept: readonly number[] = [200, 204]): Probe {
  return async () => accept.includes(await httpStatus(url));
}

/** True if something accepts TCP connections on host:port. */
export function tcpOpen(host: string, port: number, timeoutMs = 1_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export interface MySqlTarget {
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly password: string;
}

/** A real `SELECT 1` with the apps' credentials. Throws the server's error (e.g. access denied). */
export async function mySqlSelect1(t: MySqlTarget): Promise<void> {
  const conn = await mysql.createConnection({
    host: t.host,
    port: t.port,
    user: t.user,
    password: t.password,
    connectTimeout: 2_000,
  });
  try {
    await conn.query('SELECT 1');
  } finally {
    await conn.end().catch(() => undefined);
  }
}

/** PING answered with PONG. */
export async function redisPing(host: string, port: number): Promise<boolean> {
  const client = new Redis({
    host,
    port,
    lazyConnect: true,
    connectTimeout: 1_000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    enableOfflineQueue: false,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } finally {
    client.disconnect();
  }
}

const AMQP_HEADER = Buffer.from([0x41, 0x4d, 0x51, 0x50, 0, 0, 9, 1]); // "AMQP" 0-9-1

/**
 * Sends the AMQP 0-9-1 protocol header and expects connection.start back: a method frame (type 1)
 * on channel 0 with class 10, method 10.
 */
export function amqpAnswers(host: string, port: number, timeoutMs = 2_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    let received = Buffer.alloc(0);
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => socket.write(AMQP_HEADER));
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (received.length < 11) return;
      done(received[0] === 1 && received.readUInt16BE(1) === 0 && received.readUInt16BE(7) === 10 && received.readUInt16BE(9) === 10);
    });
    socket.once('error', () => done(false));
    socket.once('end', () => done(false));
  });
}
