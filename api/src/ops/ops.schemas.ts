import { z } from '../common/zod';
import { queueSchema } from '../sync/sync.schemas';

const isoTime = z.string().openapi({ format: 'date-time' });

/** One call to a health endpoint or an API: answered in time with a 2xx, or down with the reason in words. */
export const probeSchema = z.object({
  status: z.enum(['up', 'down']),
  /** Why it is down, in words (connection refused, no answer within the timeout, the HTTP status it answered); null when up. */
  error: z.string().nullable(),
  latencyMs: z.int().min(0),
});
export type ProbeView = z.infer<typeof probeSchema>;

/**
 * What a sidecar's metadata API says, reduced to what an operator needs and may see: names, types,
 * versions, counts. Never a component's metadata, a subscription's metadata or the sidecar's extended
 * attributes (they can carry connection strings and secrets).
 */
export const sidecarInfoSchema = z.object({
  appId: z.string(),
  runtimeVersion: z.string(),
  enabledFeatures: z.array(z.string()),
  actorRuntime: z
    .object({ status: z.string(), hostReady: z.boolean(), placement: z.string() })
    .nullable()
    .openapi({ description: "the sidecar's actor runtime: RUNNING, its host ready for actors, its placement connection" }),
  actors: z.array(z.object({ type: z.string(), count: z.int().min(0) })).openapi({ description: 'actor types this app hosts, with how many are active now' }),
  components: z.array(z.object({ name: z.string(), type: z.string(), version: z.string(), capabilities: z.array(z.string()) })),
  subscriptions: z.array(
    z.object({
      pubsubName: z.string(),
      topic: z.string(),
      deadLetterTopic: z.string().nullable(),
      routes: z.array(z.object({ match: z.string(), path: z.string() })),
    }),
  ),
});
export type SidecarInfo = z.infer<typeof sidecarInfoSchema>;

export const appReportSchema = z.object({
  /** The process: api, actors or sync. */
  name: z.enum(['api', 'actors', 'sync']),
  /** The Dapr app id the process runs under. */
  appId: z.string(),
  /** The process's own health endpoint. */
  process: probeSchema,
  /** The sidecar's /v1.0/healthz. */
  sidecarHealth: probeSchema,
  /** The sidecar's /v1.0/metadata call; `sidecar` is null when it is down. */
  metadata: probeSchema,
  sidecar: sidecarInfoSchema.nullable(),
});
export type AppReport = z.infer<typeof appReportSchema>;

export const outboxBacklogSchema = z.object({
  /** Rows recorded and not yet delivered. */
  pending: z.int().min(0),
  /** Of those, the ones that failed at least once (retried with back-off). */
  failing: z.int().min(0),
  /** Age in seconds of the oldest pending row (0 when none). */
  oldestAgeSeconds: z.number().min(0),
  byKind: z.array(z.object({ kind: z.string(), pending: z.int().min(0) })),
});
export type OutboxBacklog = z.infer<typeof outboxBacklogSchema>;

export const opsOverviewSchema = z.object({
  checkedAt: isoTime,
  apps: z.array(appReportSchema),
  controlPlane: z.array(z.object({ name: z.enum(['placement', 'scheduler']), health: probeSchema })),
  backlogs: z.object({
    outbox: outboxBacklogSchema.nullable(),
    /** Why the outbox could not be read, in words; null when it was. */
    outboxError: z.string().nullable(),
    sync: queueSchema.nullable(),
    syncError: z.string().nullable(),
  }),
});
export type OpsOverview = z.infer<typeof opsOverviewSchema>;
