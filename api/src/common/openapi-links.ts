/**
 * OpenAPI links between the operations of the document, so that a client (and a stateful fuzzer) can follow
 * an object from the answer that produced it to the operations that take its id:
 * - an answer whose `data` has an `id` (a created or fetched object) feeds the `{param}` of the operations
 *   under its own path (`POST /campaigns` → `/campaigns/{id}`, `/campaigns/{id}/publish`…);
 * - a page (`data.items[]`) feeds them from its first item (`GET /members` → `/members/{id}`);
 * - a parameter named after a collection (`{brandId}`, `{userId}`) is fed by that collection's answers,
 *   wherever it appears (`GET /brands` → `/sync/targets/{brandId}`), and `{userId}` by /auth/userinfo.
 * Derived once from the generated document, so a new route gets its links without anyone writing them.
 */

type Json = Record<string, any>;

interface Operation {
  path: string;
  method: string;
  op: Json;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

export function addLinks<D extends object>(document: D): D {
  const doc = document as Json;
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries<Json>(doc.paths ?? {})) {
    for (const method of METHODS) if (item[method]) operations.push({ path, method, op: item[method] });
  }
  for (const producer of operations) {
    const success = successResponse(producer.op);
    if (!success) continue;
    const data = resolve(doc, success.content?.['application/json']?.schema?.properties?.data);
    const own = propertiesOf(doc, data);
    const items = propertiesOf(doc, resolve(doc, resolve(doc, data?.properties?.items)?.items));
    const links: Json = {};
    for (const consumer of operations) {
      if (consumer === producer || !consumer.op.operationId) continue;
      const parameter = linkParameter(producer, consumer, own, items);
      if (parameter) links[consumer.op.operationId] = { operationId: consumer.op.operationId, parameters: { [parameter.name]: parameter.expression } };
    }
    if (Object.keys(links).length > 0) success.links = links;
  }
  return document;
}

/**
 * Where a path does not follow the collection convention, the collection its objects belong to:
 * a link made by /distributor/link/generate is read at /distributor/link/{id}/poster and /distributor/l/{code};
 * an application listed at /distributor/applications is decided at /distributor/{id}/approve.
 */
const COLLECTION_OF: Record<string, string> = {
  '/api/v1/distributor/link/generate': '/api/v1/distributor/link',
  '/api/v1/distributor/links': '/api/v1/distributor/link',
  '/api/v1/distributor/applications': '/api/v1/distributor',
};
const EXTRA_CONSUMERS: Record<string, string[]> = { '/api/v1/distributor/link': ['/api/v1/distributor/l/{code}'] };

function successResponse(op: Json): Json | undefined {
  const status = Object.keys(op.responses ?? {}).find((s) => /^2\d\d$/.test(s));
  const response = status ? op.responses[status] : undefined;
  return response?.content?.['application/json'] ? response : undefined;
}

/** Which path parameter of `consumer` the producer's answer can fill, and from where. */
function linkParameter(producer: Operation, consumer: Operation, own: Set<string>, items: Set<string>): { name: string; expression: string } | null {
  const from = (names: string[]) => {
    for (const name of names) {
      if (own.has(name)) return `$response.body#/data/${name}`;
      if (items.has(name)) return `$response.body#/data/items/0/${name}`;
    }
    return null;
  };
  // Under a collection's path: /x → /x/{param}, /x/{param}/…
  // (`POST /members/export` starts what `/members/exports/{id}` reads: the plural counts as the same collection)
  const collection = COLLECTION_OF[producer.path] ?? producer.path;
  const under =
    new RegExp(`^${escape(collection)}s?/\\{([^}]+)\\}(/|$)`).exec(consumer.path) ??
    (EXTRA_CONSUMERS[collection]?.includes(consumer.path) ? /\{([^}]+)\}/.exec(consumer.path) : null);
  if (under && !producer.path.includes('{')) {
    // `{id}` under /orders is the order's id: `id`, or `orderId` where the answer names it so.
    const singular = collection.split('/').pop()!.replace(/s$/, '');
    const expression = from([under[1]!, `${singular}Id`, 'id']);
    if (expression) return { name: under[1]!, expression };
  }
  // A parameter named after a collection: {brandId} ← /brands, {userId} ← /users and /auth/userinfo.
  for (const name of pathParameters(consumer.path)) {
    const collection = /^(\w+)Id$/.exec(name)?.[1];
    if (!collection) continue;
    if (!producer.path.includes('{') && producer.path.endsWith(`/${collection}s`)) {
      const expression = from(['id']);
      if (expression) return { name, expression };
    }
    if (name === 'userId' && producer.path.endsWith('/auth/userinfo')) return { name, expression: '$response.body#/data/userId' };
  }
  return null;
}

function pathParameters(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
}

function propertiesOf(doc: Json, schema: Json | undefined): Set<string> {
  const resolved = resolve(doc, schema);
  return new Set(Object.keys(resolved?.properties ?? {}));
}

function resolve(doc: Json, schema: Json | undefined): Json | undefined {
  let current = schema;
  for (let i = 0; current?.$ref && i < 10; i++) {
    const name = String(current.$ref).replace('#/components/schemas/', '');
    current = doc.components?.schemas?.[name];
  }
  return current;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * zod's `z.int()` accepts only safe integers (±2^53−1) but the generated schema does not say so: every
 * integer of the document without a bound gets the bound the server enforces.
 */
export function addIntegerBounds<D extends object>(document: D): D {
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const schema = node as Json;
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (types.includes('integer')) {
      if (schema.minimum === undefined && schema.exclusiveMinimum === undefined) schema.minimum = Number.MIN_SAFE_INTEGER;
      if (schema.maximum === undefined && schema.exclusiveMaximum === undefined) schema.maximum = Number.MAX_SAFE_INTEGER;
    }
    for (const value of Object.values(schema)) visit(value);
  };
  visit(document);
  return document;
}
