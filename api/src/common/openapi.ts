import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { addIntegerBounds, addLinks } from './openapi-links';
import { z } from './zod';


/**
 * The one OpenAPI registry of the API. Every route is registered here by `endpoint()` from the same zod
 * schemas that validate its requests, so the document cannot drift from what the server accepts.
 */
export const openApiRegistry = new OpenAPIRegistry();

openApiRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });

/** A field problem in a 400 answer: which field, what rule, in words. */
export const fieldErrorSchema = z.object({ field: z.string(), code: z.string(), message: z.string() });

/** Every error answer: the business code, a message, the correlation id and (for 400) the fields. */
export const errorEnvelopeSchema = openApiRegistry.register(
  'ErrorEnvelope',
  z.object({
    code: z.int(),
    message: z.string(),
    data: z.object({ correlationId: z.string(), errors: z.array(fieldErrorSchema).optional() }),
  }),
);

/** The success envelope around an endpoint's data. */
export function envelopeOf<T extends z.ZodType>(data: T) {
  return z.object({ code: z.literal(200), message: z.literal('success'), data });
}

/** A page of items: every list endpoint answers with this shape. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.int().min(0), page: z.int().min(1), pageSize: z.int().min(1) });
}

let cached: ReturnType<OpenApiGeneratorV31['generateDocument']> | undefined;

/**
 * The OpenAPI 3.1 document, generated once from the registry (all routes are registered at start-up), with
 * the links between its operations (openapi-links.ts).
 */
export function openApiDocument(): ReturnType<OpenApiGeneratorV31['generateDocument']> {
  cached ??= addIntegerBounds(addLinks(new OpenApiGeneratorV31(openApiRegistry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'DMH API',
      version: '1.0.0',
      description:
        'Digital Marketing Hub. Every answer is `{code, message, data}`; business errors carry their own code ' +
        '(e.g. 40001 already joined) and validation errors name the field in `data.errors`. ' +
        '400 (40000): the request breaks a rule of this document, or one an operation\'s description states. ' +
        '404 (40400): the object of the path, or an object the body refers to (role, permission, menu, brand, member, ' +
        'tag, referrer…), does not exist or is not yours, alike; for the body, `data.errors` names each field with code `unknown`. ' +
        '405 (40500): the path has no such method; `Allow` lists those it has, as OPTIONS does. ' +
        'Text anywhere in a request (path, query, body, keys) is valid Unicode without NUL: a NUL (U+0000) or a lone ' +
        'surrogate answers 400 with the field named and code `invalid_text`. The exception to the envelope: ' +
        "WeChat Pay's notification callbacks answer in WeChat's own form, `{code: SUCCESS|FAIL, message}`.",
    },
    servers: [{ url: '/' }],
  })));
  return cached;
}
