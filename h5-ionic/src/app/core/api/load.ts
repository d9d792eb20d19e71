import { firstValueFrom, type Observable, timeout } from 'rxjs';

/** A page's reads give up after this long and say so (errorText: 请求超时), rather than spin for ever. */
export const LOAD_TIMEOUT_MS = 15_000;

export function load<T>(call: Observable<T>, ms = LOAD_TIMEOUT_MS): Promise<T> {
  return firstValueFrom(call.pipe(timeout(ms)));
}
