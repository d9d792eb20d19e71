import { randomUUID } from 'node:crypto';
import { asyncApiDocument } from '@dmh/shared';
import express, { Express, type Response } from 'express';
import swaggerUi from 'swagger-ui-express';
import { openApiDocument } from './common/openapi';
import { wechatRoutes } from './wechat/wechat.routes';
import { AppError } from './common/app-error';
import { methodGuard } from './common/method-guard';
import { routeTable } from './common/route-table';
import { authRoutes } from './auth/auth.routes';
import { errorMiddleware } from './common/error.middleware';
import { logger } from './common/logger';
import { accessLog } from './common/access-log';
import { tracer } from './common/tracing';
import { traceRequests } from '@dmh/shared/dist/tracing';
import { subscriptionRoutes } from './events/subscriptions.routes';
import { healthRoutes } from './health/health.routes';
import { httpMetrics } from './metrics/http-metrics';
import { metricsRoutes } from './metrics/metrics.routes';
import { JobHandler, jobRoutes } from './jobs/jobs.routes';
import { ordersRoutes } from './orders/orders.routes';
import { OrdersService } from './orders/orders.service';
import type { PaymentWatch } from './payment-watch/payment-watch.service';
import { PaymentProvider } from './payments/payment.client';
import { rewardsRoutes } from './rewards/rewards.routes';
import { SettlementService } from './settlement/settlement.service';
import { brandsRoutes } from './brands/brands.routes';
import { distributorRoutes } from './distributors/distributors.routes';
import { auditRoutes } from './audit/audit.routes';
import { menusRoutes } from './rbac/menus.routes';
import { permissionsRoutes, rolesRoutes } from './rbac/roles.routes';
import { usersRoutes } from './users/users.routes';
import { securityRoutes } from './security/security.routes';
import { membersRoutes } from './members/members.routes';
import { campaignsRoutes } from './campaigns/campaigns.routes';
import { withdrawalsRoutes } from './withdrawals/withdrawals.routes';
import { syncRoutes } from './sync/sync.routes';
import { dashboardRoutes } from './dashboard/dashboard.routes';
import { reconciliationRoutes } from './reconciliation/reconciliation.routes';
import { meRoutes } from './me/me.routes';
import { opsRoutes } from './ops/ops.routes';
import { orderStreamRoutes } from './order-events/order-stream.routes';
import { rewardStreamRoutes } from './order-events/reward-stream.routes';
import type { ReconciliationService } from './reconciliation/reconciliation.service';

const OPENAPI_PATH = '/api/v1/openapi.json';
const ASYNCAPI_PATH = '/api/v1/asyncapi.json';
let asyncApi: ReturnType<typeof asyncApiDocument> | undefined;

export interface AppDeps {
  settlement: SettlementService;
  payments: PaymentProvider;
  reconciliation: ReconciliationService;
  /** What each kind of Dapr job does when it fires (jobs/jobs.routes): `<kind>.<key>` → handler of `<kind>`. */
  jobs?: Readonly<Record<string, JobHandler>>;
  /** Schedules an order's active query before its prepay (payment-watch); none in apps built without Dapr jobs. */
  watch?: Pick<PaymentWatch, 'start'>;
}

/** The API's HTTP surface: `/api/v1/…` for clients, `/dapr/…`, `/events/…` and `/job/…` for the sidecar. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  // Response time by route pattern (metrics/http-metrics); GET /metrics itself is neither timed nor logged.
  app.use(httpMetrics());
  app.use(metricsRoutes());
  // One SERVER span per request when tracing is on (the probe excepted), continuing the caller's traceparent.
  app.use(traceRequests(tracer(), (req) => (req.url === '/healthz' ? null : `${req.method} ${(req.url ?? '').split('?')[0]}`)));
  app.use((req, res, next) => {
    const incoming = req.header('x-correlation-id');
    res.locals.correlationId = incoming && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
    res.setHeader('x-correlation-id', res.locals.correlationId);
    next();
  });
  app.use(accessLog(logger, (_req, res) => ({ correlationId: (res as Response).locals.correlationId }), (req) => req.url === '/healthz'));

  app.use(healthRoutes());
  // Which registered path a request is for, OPTIONS, and 405 with `Allow` (the routers below fill the table).
  app.use(methodGuard());
  app.use(subscriptionRoutes());
  app.use(jobRoutes(deps.jobs ?? {}));
  app.use('/api/v1/auth', authRoutes());
  app.use('/api/v1/orders', ordersRoutes({ orders: new OrdersService(), settlement: deps.settlement, payments: deps.payments, watch: deps.watch }));
  app.use('/api/v1/orders', orderStreamRoutes());
  app.use('/api/v1/rewards', rewardsRoutes());
  app.use('/api/v1/brands', brandsRoutes());
  app.use('/api/v1/distributor', distributorRoutes());
  app.use('/api/v1/users', usersRoutes());
  app.use('/api/v1/roles', rolesRoutes());
  app.use('/api/v1/permissions', permissionsRoutes());
  app.use('/api/v1/menus', menusRoutes());
  app.use('/api/v1/security', securityRoutes());
  app.use('/api/v1/audit-logs', auditRoutes());
  app.use('/api/v1/members', membersRoutes());

  app.use('/api/v1/campaigns', campaignsRoutes());
  app.use('/api/v1/withdrawals', withdrawalsRoutes());
  app.use('/api/v1/sync', syncRoutes());
  app.use('/api/v1/dashboard', dashboardRoutes());
  app.use('/api/v1/reconciliations', reconciliationRoutes(deps.reconciliation));
  app.use('/api/v1/ops', opsRoutes());
  app.use('/api/v1/me', rewardStreamRoutes(), meRoutes());
  app.use('/api/v1/wechat', wechatRoutes());
  // The contract, generated from the schemas that validate the requests above (so routes come first).
  routeTable.add('get', OPENAPI_PATH);
  app.get(OPENAPI_PATH, (_req, res) => {
    res.json(openApiDocument());
  });
  // The events DMH publishes for other services (their Dapr sidecars subscribe), from the schemas that check them.
  routeTable.add('get', ASYNCAPI_PATH);
  app.get(ASYNCAPI_PATH, (_req, res) => {
    asyncApi ??= asyncApiDocument();
    res.json(asyncApi);
  });
  app.use('/api/docs', swaggerUi.serve, swaggerUi.setup(undefined, { swaggerOptions: { url: '/api/v1/openapi.json' } }));
  app.use((_req, _res, next) => next(new AppError('NOT_FOUND', 'no such endpoint')));
  app.use(errorMiddleware);
  return app;
}
