import 'reflect-metadata';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { CommunicationProtocolEnum, DaprServer } from '@dapr/dapr';
import ActorRuntime from '@dapr/dapr/actors/runtime/ActorRuntime';
import { collectProcessMetrics } from '@dmh/shared/dist/metrics';
import { register } from 'prom-client';
import { BalanceActor } from './balance/balance.actor';
import { CampaignActor } from './campaign/campaign.actor';
import { config } from './config';
import { actorCallGuard } from './runtime/actor-call-guard';
import { actorDeactivation } from './runtime/actor-deactivation';
import { leanActorMethods } from './runtime/actor-method-route';
import { DistributorActor } from './distributor/distributor.actor';
import { metricsHandler } from './metrics/actor-metrics';
import { openDatabase } from './runtime/database';
import { closeLeanPool } from './runtime/lean-sql';
import { logger } from './runtime/logger';
import { actorTurnName } from './runtime/actor-turn-name';
import { tracer } from './runtime/tracing';
import { traceRequests } from '@dmh/shared/dist/tracing';

/** The actor host: BalanceActor, DistributorActor and CampaignActor behind the `dmh-actors` sidecar. */
async function main(): Promise<void> {
  const c = config();
  const db = await openDatabase();
  const server = new DaprServer({
    serverHost: c.HOST,
    serverPort: String(c.PORT),
    communicationProtocol: CommunicationProtocolEnum.HTTP,
    clientOptions: {
      daprHost: c.DAPR_HOST,
      daprPort: String(c.DAPR_HTTP_PORT),
      actor: { actorIdleTimeout: c.ACTOR_IDLE_TIMEOUT, actorScanInterval: '30s', drainOngoingCallTimeout: '30s', drainRebalancedActors: true },
    },
    logger: { level: 1 },
  });
  // GET /metrics on the SDK's HTTP server (the app port): Node's process metrics and the actors' own.
  collectProcessMetrics(register, 'dmh-actors');
  const http = server.daprServer.getServer() as unknown as {
    (req: IncomingMessage, res: ServerResponse): void;
    get(path: string, handler: ReturnType<typeof metricsHandler>): void;
    use(handler: ReturnType<typeof actorCallGuard> | ReturnType<typeof actorDeactivation> | ReturnType<typeof traceRequests>): void;
    listen(port: number): Server;
  };
  // The SDK's runtime singleton, looked up per call as its own routes do (it exists once actor.init has run).
  const runtime = () => ActorRuntime.getInstanceByDaprClient(server.client);
  // Actor method calls on node:http itself, everything else on the SDK's express app (actor-method-route.ts). The
  // SDK starts its server with the app's listen(port): this one puts the lean route in front of the app.
  const methods = leanActorMethods({ secret: c.ACTOR_CALL_SECRET, tracer: tracer(), invoke: (type, id, method, body) => runtime().invoke(type, id, method, body) });
  http.listen = (port) => createServer((req, res) => {
    if (!methods(req, res)) http(req, res);
  }).listen(port);
  http.get('/metrics', metricsHandler());
  // Before the SDK's actor routes (added by actor.init), after its body parsers, for what the lean route leaves to
  // the app (timers, reminders, deactivations): each timer and reminder is a SERVER span (when tracing is on),
  // the child of the span daprd made for the call; and only calls signed by a DMH app reach an actor.
  http.use(traceRequests(tracer(), (req) => actorTurnName(req.url)));
  http.use(actorCallGuard(c.ACTOR_CALL_SECRET));
  // daprd's deactivations answered here, whether or not this process holds the actor (actor-deactivation.ts).
  http.use(actorDeactivation((type, id) => runtime().deactivate(type, id)));
  await server.actor.init();
  server.actor.registerActor(BalanceActor);
  server.actor.registerActor(DistributorActor);
  server.actor.registerActor(CampaignActor);
  await server.start();
  logger.info({ port: c.PORT, actors: await server.actor.getRegisteredActors() }, 'actor host started');

  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'actor host stopping');
    await server.stop().catch((err) => logger.error({ err }, 'server stop failed'));
    await Promise.all([db.destroy().catch(() => undefined), closeLeanPool().catch(() => undefined)]);
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

process.on('unhandledRejection', (err) => logger.error({ err }, 'unhandled rejection (kept running)'));

main().catch((err) => {
  logger.fatal({ err }, 'actor host failed to start');
  process.exit(1);
});
