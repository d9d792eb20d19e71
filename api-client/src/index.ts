/**
 * The DMH API's types for browser clients (the admin console, later the H5 app): generated from the API's
 * OpenAPI document (schema.d.ts), plus the helpers that pick an operation's path parameters, query, body
 * and the `data` of its success envelope. Types only, and the shared error codes: no Node built-ins, no
 * framework, so any browser app can import it.
 */
import type { components, paths } from './schema';

export type { components, paths };
export { ERROR_CODES, type ErrorName } from '../../shared/src/errors/error-codes';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** The paths that have an operation for method M. */
export type PathsWith<M extends HttpMethod> = {
  [P in keyof paths]: [NonNullable<paths[P][M]>] extends [never] ? never : P;
}[keyof paths];

export type Operation<P extends keyof paths, M extends HttpMethod> = NonNullable<paths[P][M]>;

type ParamsOf<O> = O extends { parameters: infer X } ? X : never;
/** The path parameters of an operation (`{ id: string }`), or never. */
export type PathParams<P extends keyof paths, M extends HttpMethod> = ParamsOf<Operation<P, M>> extends { path?: infer X } ? NonNullable<X> : never;
/** The query string of an operation, or never. */
export type Query<P extends keyof paths, M extends HttpMethod> = ParamsOf<Operation<P, M>> extends { query?: infer X } ? NonNullable<X> : never;
/** The JSON body of an operation, or never. */
export type Body<P extends keyof paths, M extends HttpMethod> = JsonOf<NonNullable<Operation<P, M> extends { requestBody?: infer B } ? B : never>>;
/** Distributes over `never` (an operation without a body), unlike a condition on a non-parameter type. */
type JsonOf<B> = B extends { content: { 'application/json': infer J } } ? J : never;

type SuccessOf<R> = R extends { 200: infer S } ? S : R extends { 201: infer S } ? S : R extends { 202: infer S } ? S : never;
/** What the success envelope `{code: 200, message: 'success', data}` carries in `data`. */
export type Data<P extends keyof paths, M extends HttpMethod> =
  SuccessOf<Operation<P, M>['responses']> extends { content: { 'application/json': { data: infer D } } } ? D : never;

/** Every error answer: `{code, message, data: {correlationId, errors?}}`. */
export type ErrorEnvelope = components['schemas']['ErrorEnvelope'];
export type FieldError = NonNullable<ErrorEnvelope['data']['errors']>[number];
