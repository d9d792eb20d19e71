import { HttpClient, HttpErrorResponse, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Body, Data, HttpMethod, PathParams, PathsWith, Query } from '@dmh/api-client';
import { catchError, map, Observable, throwError } from 'rxjs';
import { ApiError } from './api-error';

type Options<P extends PathsWith<M>, M extends HttpMethod> = ([PathParams<P, M>] extends [never] ? { params?: never } : { params: PathParams<P, M> }) &
  ([Query<P, M>] extends [never] ? { query?: never } : { query?: Query<P, M> }) &
  ([Body<P, M>] extends [never] ? { body?: never } : { body: Body<P, M> });

/**
 * The API through Angular's HttpClient (so interceptors apply), typed by the generated client: a path of the
 * document, its parameters, query and body are checked at compile time, and the answer is the `data` of the
 * success envelope. Failures arrive as ApiError.
 */
@Injectable({ providedIn: 'root' })
export class Api {
  private readonly http = inject(HttpClient);

  get<P extends PathsWith<'get'>>(path: P, options: Options<P, 'get'>): Observable<Data<P, 'get'>> {
    return this.call('get', path, options);
  }

  post<P extends PathsWith<'post'>>(path: P, options: Options<P, 'post'>): Observable<Data<P, 'post'>> {
    return this.call('post', path, options);
  }

  put<P extends PathsWith<'put'>>(path: P, options: Options<P, 'put'>): Observable<Data<P, 'put'>> {
    return this.call('put', path, options);
  }

  delete<P extends PathsWith<'delete'>>(path: P, options: Options<P, 'delete'>): Observable<Data<P, 'delete'>> {
    return this.call('delete', path, options);
  }

  private call<T>(method: HttpMethod, path: string, options: { params?: object; query?: object; body?: unknown }): Observable<T> {
    const url = fillPath(path, (options.params ?? {}) as Record<string, string | number>);
    return this.http
      .request<{ data: T }>(method.toUpperCase(), url, { body: options.body ?? null, params: toParams(options.query) })
      .pipe(
        map((envelope) => envelope.data),
        catchError((err: unknown) => throwError(() => (err instanceof HttpErrorResponse ? ApiError.from(err) : err))),
      );
  }
}

/** `/api/v1/campaigns/{id}` with `{id: '7'}` → `/api/v1/campaigns/7` (each value URI-encoded). */
export function fillPath(path: string, params: Record<string, string | number>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing path parameter ${name} for ${path}`);
    return encodeURIComponent(String(value));
  });
}

/** The query object as HttpParams, leaving out unset values (undefined, null, ''). */
export function toParams(query: object | undefined): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    for (const v of Array.isArray(value) ? value : [value]) params = params.append(key, String(v));
  }
  return params;
}
