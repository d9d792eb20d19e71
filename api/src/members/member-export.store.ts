import { Writable } from 'node:stream';
import type { ChainableCommander } from 'ioredis';
import { redisClient } from '../common/redis';
import type { ExportFormat } from './member-export.format';

export type ExportStatus = 'queued' | 'running' | 'done' | 'failed';

export interface ExportJob {
  id: string;
  userId: string;
  format: ExportFormat;
  status: ExportStatus;
  total: number;
  done: number;
  chunks: number;
  bytes: number;
  error: string | null;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

/** Jobs and their files live a day. */
export const EXPORT_TTL_SECONDS = 24 * 3600;
/** A running job that has not moved for this long was interrupted (its API process stopped). */
export const STALE_AFTER_MS = 5 * 60_000;
/** The file is kept in pieces of at most this many bytes. */
export const CHUNK_BYTES = 64 * 1024;

const jobKey = (id: string) => `dmh:member-export:${id}`;
export const fileKey = (id: string) => `dmh:member-export:${id}:file`;

/**
 * Export jobs as Redis hashes, and each job's file as a Redis list of chunks: every API replica can report
 * progress and serve the download, whichever replica ran the export.
 */
export class MemberExportStore {
  async create(userId: string, format: ExportFormat): Promise<ExportJob> {
    const redis = redisClient();
    const id = String(await redis.incr('dmh:member-export:seq'));
    const now = new Date().toISOString();
    const job: ExportJob = {
      id, userId, format, status: 'queued', total: 0, done: 0, chunks: 0, bytes: 0, error: null, createdAt: now, updatedAt: now, finishedAt: null,
    };
    await exec(redis.multi().hset(jobKey(id), serialise(job)).expire(jobKey(id), EXPORT_TTL_SECONDS));
    return job;
  }

  async update(id: string, change: Partial<Omit<ExportJob, 'id' | 'userId' | 'format' | 'createdAt'>>): Promise<void> {
    const fields = serialise({ ...change, updatedAt: new Date().toISOString() });
    await exec(redisClient().multi().hset(jobKey(id), fields).expire(jobKey(id), EXPORT_TTL_SECONDS));
  }

  async get(id: string): Promise<ExportJob | null> {
    const h = await redisClient().hgetall(jobKey(id));
    if (!h.id) return null;
    const job: ExportJob = {
      id: h.id, userId: h.userId, format: h.format as ExportFormat, status: h.status as ExportStatus, total: Number(h.total), done: Number(h.done),
      chunks: Number(h.chunks), bytes: Number(h.bytes), error: h.error || null, createdAt: h.createdAt, updatedAt: h.updatedAt, finishedAt: h.finishedAt || null,
    };
    if (job.status === 'running' && Date.now() - Date.parse(job.updatedAt) > STALE_AFTER_MS) return { ...job, status: 'failed', error: 'interrupted' };
    return job;
  }

  async chunk(id: string, index: number): Promise<Buffer | null> {
    return redisClient().lindexBuffer(fileKey(id), index);
  }
}

/** Runs a MULTI and fails if any of its commands failed (ioredis reports those in the answer, not as a rejection). */
async function exec(multi: ChainableCommander): Promise<void> {
  const results = (await multi.exec()) ?? [];
  const failed = results.find(([err]) => err);
  if (failed) throw failed[0];
}

function serialise(values: object): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(values)) if (v !== undefined) out[k] = v === null ? '' : String(v);
  return out;
}

/** A byte stream into a Redis list, one element per CHUNK_BYTES: memory holds one chunk at most. */
export class RedisChunkSink extends Writable {
  chunks = 0;
  bytes = 0;
  private pending: Buffer[] = [];
  private pendingBytes = 0;

  constructor(private readonly key: string) {
    super();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.pendingBytes < CHUNK_BYTES) return callback();
    this.flush().then(() => callback(), callback);
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.flush().then(() => callback(), callback);
  }

  private async flush(): Promise<void> {
    if (this.pendingBytes === 0) return;
    const data = Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    for (let offset = 0; offset < data.length; offset += CHUNK_BYTES) {
      const piece = data.subarray(offset, offset + CHUNK_BYTES);
      await exec(redisClient().multi().rpush(this.key, piece).expire(this.key, EXPORT_TTL_SECONDS));
      this.chunks += 1;
      this.bytes += piece.length;
    }
  }
}
