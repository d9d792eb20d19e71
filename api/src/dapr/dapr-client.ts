import { CommunicationProtocolEnum, DaprClient } from '@dapr/dapr';
import { PUBSUB_NAME } from '@dmh/shared';
import { config } from '../config';

let client: DaprClient | undefined;

function dapr(): DaprClient {
  const c = config();
  client ??= new DaprClient({
    daprHost: c.DAPR_HOST,
    daprPort: String(c.DAPR_HTTP_PORT),
    communicationProtocol: CommunicationProtocolEnum.HTTP,
    logger: { level: 1 },
  });
  return client;
}

/** Publishes on Dapr pub/sub and throws when the sidecar did not accept the message. */
export async function publish(topic: string, data: object): Promise<void> {
  const result = await dapr().pubsub.publish(PUBSUB_NAME, topic, data, { contentType: 'application/json' });
  if (result.error) throw new Error(`publish to ${topic} failed: ${String(result.error)}`);
}

/** Sends through a Dapr output binding (`create`) and throws when the sidecar refused it. */
export async function sendToBinding(binding: string, data: object, metadata: Record<string, string> = {}): Promise<void> {
  await dapr().binding.send(binding, 'create', data, metadata);
}
