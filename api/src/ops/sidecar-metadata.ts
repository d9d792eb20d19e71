import { z } from '../common/zod';
import type { SidecarInfo } from './ops.schemas';

/**
 * Dapr's `GET /v1.0/metadata` answer (pkg/http/api_metadata.go of Dapr 1.18), read leniently: only the
 * fields shown are named, and every one may be absent (Dapr omits empty ones). Component and subscription
 * `metadata` and the `extended` attributes are deliberately not in the schema: zod drops what a schema does
 * not name, so a connection string or a secret in them can never reach the shaped report.
 */
const text = z.string().catch('');
const rawMetadataSchema = z.object({
  id: text.optional(),
  runtimeVersion: text.optional(),
  enabledFeatures: z.array(text).catch([]).optional(),
  actors: z.array(z.object({ type: text, count: z.coerce.number().catch(0) })).catch([]).optional(),
  components: z
    .array(z.object({ name: text, type: text, version: text.optional(), capabilities: z.array(text).catch([]).optional() }))
    .catch([])
    .optional(),
  subscriptions: z
    .array(
      z.object({
        pubsubname: text,
        topic: text,
        deadLetterTopic: text.optional(),
        rules: z.array(z.object({ match: text.optional(), path: text.optional() })).catch([]).optional(),
      }),
    )
    .catch([])
    .optional(),
  actorRuntime: z
    .object({ runtimeStatus: text.optional(), hostReady: z.boolean().catch(false).optional(), placement: text.optional() })
    .optional(),
});

/** Thrown when an answer is not a metadata document at all. */
export class NotSidecarMetadata extends Error {
  constructor() {
    super('the answer is not Dapr metadata (a JSON object was expected)');
    this.name = 'NotSidecarMetadata';
  }
}

/** The operator's view of one sidecar from its metadata answer: names, types, versions and counts only. */
export function shapeSidecarMetadata(raw: unknown): SidecarInfo {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new NotSidecarMetadata();
  const m = rawMetadataSchema.parse(raw);
  // Dapr 1.18 reports active actors under actorRuntime.activeActors and (deprecated) under actors; the HTTP
  // answer carries the deprecated list, whose counts are the same.
  const activeActors = (raw as { actorRuntime?: { activeActors?: unknown } }).actorRuntime?.activeActors;
  const actorList = z.array(z.object({ type: text, count: z.coerce.number().catch(0) })).catch([]).parse(activeActors ?? m.actors ?? []);
  const runtime = m.actorRuntime;
  return {
    appId: m.id ?? '',
    runtimeVersion: m.runtimeVersion ?? '',
    enabledFeatures: [...(m.enabledFeatures ?? [])].sort(),
    actorRuntime: runtime ? { status: runtime.runtimeStatus ?? '', hostReady: runtime.hostReady ?? false, placement: runtime.placement ?? '' } : null,
    actors: actorList
      .filter((a) => a.type !== '')
      .map((a) => ({ type: a.type, count: Math.max(0, Math.trunc(Number.isFinite(a.count) ? a.count : 0)) }))
      .sort((a, b) => a.type.localeCompare(b.type)),
    components: (m.components ?? [])
      .map((c) => ({ name: c.name, type: c.type, version: c.version ?? '', capabilities: [...(c.capabilities ?? [])].sort() }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    subscriptions: (m.subscriptions ?? [])
      .map((s) => ({
        pubsubName: s.pubsubname,
        topic: s.topic,
        deadLetterTopic: s.deadLetterTopic ? s.deadLetterTopic : null,
        routes: (s.rules ?? []).map((r) => ({ match: r.match ?? '', path: r.path ?? '' })),
      }))
      .sort((a, b) => `${a.pubsubName}/${a.topic}`.localeCompare(`${b.pubsubName}/${b.topic}`)),
  };
}
