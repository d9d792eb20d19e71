import express, { type Request, type Response, Router } from 'express';
import type { RouteConfig } from '@asteasolutions/zod-to-openapi';
import { ERROR_CODES, type ErrorName } from '@dmh/shared';
import { z } from './zod';
import { authenticateRequest } from './authenticate.middleware';
import type { Principal } from './principal';
import { config } from '../config';
import { AppError } from './app-error';
import { checkPart, type RequestPart } from './http';
import { requestShapeProblems } from './request-shape';
import { logger } from './logger';
import { envelopeOf, errorEnvelopeSchema, openApiRegistry } from './openapi';
import { enforceRateLimit, type RateLimitRule } from './rate-limit';
import { onlyFor } from './method-guard';
import { routeTable } from './route-table';
import { requestSpan } from '@dmh/shared/dist/tracing';
import { tracer } from './tracing';

/** Who may call: anyone, any signed-in user, or a user holding a permission (`campaign:write`). */
export type Access = { public: true } | { authenticated: true } | { permission: string };

type AnyObject = z.ZodObject;

export interface EndpointContext<P, Q, B, A extends Access> {
  params: P;
  query: Q;
  body: B;
  /** The caller; null only on public endpoints called without a token. */
  principal: A extends { public: true } ? Principal | null : Principal;
  req: Request;
  res: Response;
  /** The caller's address (behind the proxy: the first untrusted hop). */
  ip: string;
}

export interface EndpointSpec<
  P extends AnyObject | undefined,
  Q extends AnyObject | undefined,
  B extends z.ZodType | undefined,
  R extends z.ZodType | undefined,
  A extends Access,
> {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Express path relative to the router's prefix: `/:id/stats`. */
  path: string;
  summary: string;
  description?: string;
  access: A;
  params?: P;
  query?: Q;
  body?: B;
  /** The `data` of a JSON success answer. Absent when `produces` says the handler writes the answer itself. */
  response?: R;
  /** For answers that are not the JSON envelope (PNG, CSV, redirects): the handler writes `res` itself. */
  produces?: { status: number; contentType: string | string[]; description: string };
  status?: 200 | 201 | 202;
  /** Business errors this endpoint can answer besides the standard ones (validation, auth, not found). */
  errors?: ErrorName[];
  /** JSON body size limit (default 32kb). */
  bodyLimit?: string;
  rateLimit?: RateLimitRule;
  handle: (
    ctx: EndpointContext<
      P extends AnyObject ? z.output<P> : Record<string, never>,
      Q extends AnyObject ? z.output<Q> : Record<string, never>,
      B extends z.ZodType ? z.output<B> : undefined,
      A
    >,
  ) => Promise<R extends z.ZodType ? z.input<R> : void>;
}

/** A router under `/api/v1<prefix>` whose routes are validated, authorised, rate-limited and documented alike. */
export class ApiRouter {
  readonly router = Router();

  constructor(
    private readonly prefix: string,
    private readonly tag: string,
  ) {}

  add<
    P extends AnyObject | undefined = undefined,
    Q extends AnyObject | undefined = undefined,
    B extends z.ZodType | undefined = undefined,
    R extends z.ZodType | undefined = undefined,
    A extends Access = Access,
  >(spec: EndpointSpec<P, Q, B, R, A>): this {
    register(`/api/v1${this.prefix}`, this.tag, spec);
    const template = `/api/v1${this.prefix}${spec.path}`;
    routeTable.add(spec.method, template);
    const middlewares = spec.body ? [express.json({ limit: spec.bodyLimit ?? '32kb' })] : [];
    // Inside the request's span: the JSON parser calls this from its stream's events, outside it.
    this.router[spec.method](spec.path, onlyFor(routeTable.normalised(template)), ...middlewares, (req, res) => tracer().within(requestSpan(req), async () => {
      const principal = await authorise(req, spec.access);
      const ip = req.ip ?? '';
      if (spec.rateLimit) await enforceRateLimit(spec.rateLimit, { ip, userId: principal?.userId ?? null });
      const ctx = {
        ...validated(spec, req),
        principal,
        req,
        res,
        ip,
      };
      const data = await spec.handle(ctx as never);
      if (spec.produces) return; // the handler answered
      res.status(spec.status ?? 200).json({ code: 200, message: 'success', data: checked(spec, data) });
    }));
    return this;
  }
}

/**
 * The request's params, query and body, checked against the endpoint's schemas, or one 400 naming every
 * field at fault, each once. First, whatever the schemas say, the shape every part must have: nested at most
 * MAX_REQUEST_DEPTH levels (a deeper part is refused as it is, without being validated further) and text
 * utf8mb4 columns can store; then the schemas.
 */
function validated(spec: Pick<EndpointSpec<any, any, any, any, any>, 'params' | 'query' | 'body'>, req: Request) {
  const parts: [RequestPart, z.ZodType | undefined, unknown][] = [
    ['params', spec.params, req.params],
    ['query', spec.query, req.query ?? {}],
    ['body', spec.body, spec.body && !Buffer.isBuffer(req.body) ? req.body : undefined],
  ];
  const problems = parts.flatMap(([where, , value]) => requestShapeProblems(value, where));
  if (problems.some((p) => p.code === 'too_deep')) throw AppError.validation(problems);
  const data: Partial<Record<RequestPart, unknown>> = {};
  for (const [where, schema, value] of parts) {
    if (!schema) continue;
    const checked = checkPart(schema, value, where);
    if (checked.ok) data[where] = checked.data;
    else problems.push(...checked.problems);
  }
  if (problems.length > 0) throw AppError.validation(problems);
  return { params: data.params ?? {}, query: data.query ?? {}, body: data.body };
}

async function authorise(req: Request, access: Access): Promise<Principal | null> {
  if ('public' in access) return authenticateRequest(req, { optional: true });
  const principal = await authenticateRequest(req, { optional: false });
  if (!principal) throw new AppError('UNAUTHORIZED');
  if ('permission' in access && !principal.permissions.includes(access.permission)) throw new AppError('FORBIDDEN');
  return principal;
}

/** Outside production, an answer that does not match its documented schema is a bug: fail loudly. */
function checked(spec: { response?: z.ZodType; method: string; path: string }, data: unknown): unknown {
  if (!spec.response || config().NODE_ENV === 'production') return data;
  const result = spec.response.safeParse(data);
  if (result.success) return data;
  logger.error({ route: `${spec.method.toUpperCase()} ${spec.path}`, issues: result.error.issues.slice(0, 5) }, 'answer does not match its schema');
  throw new Error(`answer of ${spec.method.toUpperCase()} ${spec.path} does not match its schema`);
}

const STANDARD_ERRORS: ErrorName[] = ['VALIDATION_FAILED', 'NOT_FOUND', 'DEPENDENCY_UNAVAILABLE'];

/** What a standard error means on every operation, said once in each operation's answers. */
const ERROR_NOTES: Partial<Record<ErrorName, string>> = {
  VALIDATION_FAILED: 'the request breaks a rule of this document or of the description; data.errors names each field',
  NOT_FOUND: 'the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`',
};

function register(prefix: string, tag: string, spec: EndpointSpec<any, any, any, any, any>): void {
  const errors = new Set<ErrorName>([...STANDARD_ERRORS, ...(spec.errors ?? [])]);
  if (!('public' in spec.access)) errors.add('UNAUTHORIZED');
  if ('permission' in spec.access) errors.add('FORBIDDEN');
  if (spec.rateLimit) errors.add('RATE_LIMITED');
  if (spec.body) errors.add('BODY_TOO_LARGE');
  const responses: RouteConfig['responses'] = {};
  for (const name of errors) {
    const { http, code } = ERROR_CODES[name];
    const existing = responses[http] as { description: string } | undefined;
    const said = `${code} ${name}${ERROR_NOTES[name] ? ` (${ERROR_NOTES[name]})` : ''}`;
    const description = existing ? `${existing.description}; ${said}` : said;
    responses[http] = { description, content: { 'application/json': { schema: errorEnvelopeSchema } } };
  }
  if (spec.produces) {
    const types = Array.isArray(spec.produces.contentType) ? spec.produces.contentType : [spec.produces.contentType];
    responses[spec.produces.status] = { description: spec.produces.description, content: Object.fromEntries(types.map((t) => [t, { schema: {} }])) };
  } else {
    responses[spec.status ?? 200] = {
      description: 'success',
      content: { 'application/json': { schema: envelopeOf(spec.response ?? z.null()) } },
    };
  }
  const path = (prefix + spec.path).replace(/\/$/, '').replace(/:([A-Za-z]\w*)/g, '{$1}');
  openApiRegistry.registerPath({
    method: spec.method,
    path,
    tags: [tag],
    summary: spec.summary,
    description: spec.description,
    operationId: `${spec.method}${path.replace(/[{}]/g, '').replace(/[/-](\w)/g, (_m, c: string) => c.toUpperCase())}`,
    security: 'public' in spec.access ? [] : [{ bearer: [] }],
    request: {
      params: spec.params,
      query: spec.query,
      body: spec.body ? { required: true, content: { 'application/json': { schema: spec.body } } } : undefined,
    },
    responses,
  });
}
