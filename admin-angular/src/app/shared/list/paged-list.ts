import { DestroyRef, computed, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { PageEvent } from '@angular/material/paginator';
import { catchError, map, Observable, of, startWith, Subject, switchMap } from 'rxjs';
import { describeError, type Message } from '../../core/errors/error-messages';

/** A page of the API (`pageOf` in api/src/common/openapi.ts). */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export type ListState<T> = { kind: 'loading' } | { kind: 'error'; message: Message } | { kind: 'ready'; page: Page<T> };

export const PAGE_SIZES = [10, 20, 50, 100] as const;

/**
 * One server-paginated list's state: loading, an error in words, or a page. `reload()` asks again (a newer
 * request replaces one in flight); `fetch` gets the 1-based page and its size. `onError` may put the API's
 * field errors beside the filters and return the words left to say (null: say the error itself).
 */
export class PagedList<T> {
  readonly state = signal<ListState<T>>({ kind: 'loading' });
  readonly pageIndex = signal(0);
  readonly pageSize = signal(20);
  readonly items = computed(() => {
    const s = this.state();
    return s.kind === 'ready' ? s.page.items : [];
  });
  readonly total = computed(() => {
    const s = this.state();
    return s.kind === 'ready' ? s.page.total : 0;
  });
  private readonly requests = new Subject<void>();

  constructor(
    fetch: (page: number, pageSize: number) => Observable<Page<T>>,
    destroyRef: DestroyRef,
    onError: (err: unknown) => Message | null = () => null,
  ) {
    this.requests
      .pipe(
        switchMap(() =>
          fetch(this.pageIndex() + 1, this.pageSize()).pipe(
            map((page): ListState<T> => ({ kind: 'ready', page })),
            catchError((err: unknown) => of<ListState<T>>({ kind: 'error', message: onError(err) ?? describeError(err) })),
            startWith<ListState<T>>({ kind: 'loading' }),
          ),
        ),
        takeUntilDestroyed(destroyRef),
      )
      .subscribe((state) => this.state.set(state));
  }

  reload(): void {
    this.requests.next();
  }

  /** Back to the first page (after the filters changed) and ask again. */
  restart(): void {
    this.pageIndex.set(0);
    this.reload();
  }

  changePage(event: PageEvent): void {
    this.pageIndex.set(event.pageIndex);
    this.pageSize.set(event.pageSize);
    this.reload();
  }
}

/** A query object without its empty values ('' and null become "not given"). */
export function compact<Q extends object>(query: Q): { [K in keyof Q]?: Exclude<Q[K], '' | null> } {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== '' && v !== null && v !== undefined)) as { [K in keyof Q]?: Exclude<Q[K], '' | null> };
}

/** A date picker's day as the start (or, with `endOfDay`, the end) of that local day, in ISO-8601 with zone. */
export function dayInstant(day: Date | null, endOfDay = false): string | undefined {
  if (!day) return undefined;
  const d = new Date(day.getFullYear(), day.getMonth(), day.getDate() + (endOfDay ? 1 : 0));
  return d.toISOString();
}
