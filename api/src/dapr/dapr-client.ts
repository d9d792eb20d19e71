import { checkEvent, parseMessage, PUBSUB_NAME, SYNC_BINDING_OUT, syncJobBatchSchema, syncJobSchema } from '@dmh/shared';
import { sidecarRequest } from './sidecar-http';

/**
 * Pub/sub and output bindings through this process's sidecar (Dapr's HTTP API, over the kept-alive sockets
 * of sidecar-http). Each call throws unless the sidecar accepted the message, so an outbox item is only
 * done once everything it announces was accepted. Every event is checked against its topic's schema, and
 * every sync job against the job's (@dmh/shared), before it leaves: a malformed one is never sent
 * (MalformedMessageError, naming the field), whatever built it.
 */

function failed(what: string, status: number, text: string): Error {
  return new Error(`${what} failed with HTTP ${status}: ${text.slice(0, 300)}`);
}

/** Publishes one event (wrapped in a CloudEvent by the sidecar). */
export async function publish(topic: string, data: object): Promise<void> {
  checkEvent(topic, data);
  const answer = await sidecarRequest('POST', `/v1.0/publish/${PUBSUB_NAME}/${encodeURIComponent(topic)}`, data);
  if (answer.status < 200 || answer.status >= 300) throw failed(`publish to ${topic}`, answer.status, answer.text);
}

/**
 * Publishes several events of one topic in one request (Dapr's bulk publish API; each is its own CloudEvent,
 * exactly as `publish` would make it). Answers, per event in order, null when it was accepted or the error.
 */
export async function publishBulk(topic: string, events: readonly object[]): Promise<(Error | null)[]> {
  if (events.length === 1) return [await publish(topic, events[0]).then(() => null, (err: Error) => err)];
  const malformed = events.map((event) => {
    try {
      checkEvent(topic, event);
      return null;
    } catch (err) {
      return err as Error;
    }
  });
  if (malformed.some((err) => err !== null)) {
    // The well-formed ones go out; each malformed one answers its own error.
    const sendable = events.filter((_, i) => malformed[i] === null);
    const sent = sendable.length ? await publishBulk(topic, sendable) : [];
    let next = 0;
    return malformed.map((err) => err ?? sent[next++]);
  }
  const entries = events.map((event, i) => ({ entryId: String(i), event, contentType: 'application/json' }));
  const answer = await sidecarRequest('POST', `/v1.0-alpha1/publish/bulk/${PUBSUB_NAME}/${encodeURIComponent(topic)}`, entries).catch((err: Error) => err);
  if (answer instanceof Error) return events.map(() => answer);
  if (answer.status >= 200 && answer.status < 300) return events.map(() => null);
  const error = failed(`bulk publish to ${topic}`, answer.status, answer.text);
  let failedIds: Set<string> | null = null;
  try {
    const body = JSON.parse(answer.text) as { failedEntries?: { entryId?: string }[] };
    if (Array.isArray(body.failedEntries) && body.failedEntries.length > 0) failedIds = new Set(body.failedEntries.map((e) => String(e.entryId)));
  } catch {
    // not the bulk answer: every entry counts as failed
  }
  return events.map((_, i) => (failedIds === null || failedIds.has(String(i)) ? error : null));
}

/** Sends through a Dapr output binding (`create`) and throws when the sidecar refused it. */
export async function sendToBinding(binding: string, data: object, metadata: Record<string, string> = {}): Promise<void> {
  if (binding === SYNC_BINDING_OUT) {
    if ('jobs' in data) for (const job of parseMessage(syncJobBatchSchema, data, 'sync job batch').jobs) parseMessage(syncJobSchema, job, 'sync job');
    else parseMessage(syncJobSchema, data, 'sync job');
  }
  const answer = await sidecarRequest('POST', `/v1.0/bindings/${encodeURIComponent(binding)}`, { data, operation: 'create', metadata });
  if (answer.status < 200 || answer.status >= 300) throw failed(`binding ${binding}`, answer.status, answer.text);
}
