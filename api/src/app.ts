import { randomUUID } from 'node:crypto';
import express, { Express } from 'express';
import pinoHttp from 'pino-http';
import swaggerUi from 'swagger-ui-express';
import { openApiDocument } from './common/openapi';
import { AppError } from './common/app-error';
import { authRoutes } from './auth/auth.routes';
import { errorMiddleware } from './common/error.middleware';
import { logger } from './common/logger';
import { subscriptionRoutes } from './events/subscriptions.routes';
import { healthRoutes } from './health/health.routes';
import { ordersRoutes } from './orders/orders.routes';
import { OrdersService } from './orders/orders.service';
import { PaymentProvider } from './payments/payment.client';
import { rewardsRoutes } from './rewards/rewards.routes';
import { SettlementService } from './settlement/settlement.service';

export interface AppDeps {
  settlement: SettlementService;
  payments: PaymentProvider;
}

/** The API's HTTP surface: `/api/v1/…` for clients, `/dapr/…` and `/events/…` for the sidecar. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use((req, res, next) => {
    const incoming = req.header('x-correlation-id');
    res.locals.correlationId = incoming && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
    res.setHeader('x-correlation-id', res.locals.correlationId);
    next();
  });
  app.use(pinoHttp({ logger, autoLogging: { ignore: (req) => req.url === '/healthz' }, customProps: (_req, res) => ({ correlationId: res.locals.correlationId }) }));

  app.use(healthRoutes());
  app.use(subscriptionRoutes());
  app.use('/api/v1/auth', authRoutes());
  app.use('/api/v1/orders', ordersRoutes({ orders: new OrdersService(), settlement: deps.settlement, payments: deps.payments }));
  app.use('/api/v1/rewards', rewardsRoutes());

  // The contract, generated from the schemas that validate the requests above (so routes come first).
  app.get('/api/v1/openapi.json', (_req, res) => {
    res.json(openApiDocument());
  });
  app.use('/api/docs', swaggerUi.serve, swaggerUi.setup(undefined, { swaggerOptions: { url: '/api/v1/openapi.json' } }));
  app.use((_req, _res, next) => next(new AppError('NOT_FOUND', 'no such endpoint')));
  app.use(errorMiddleware);
  return app;
}
