import { computed, type Signal, signal } from '@angular/core';
import { catchError, concatMap, from, map, type Observable, of, scan } from 'rxjs';
import { describeError, type Message } from '../../core/errors/error-messages';

export type ItemOutcome = { id: string; ok: true } | { id: string; ok: false; error: unknown };

export interface BulkProgress {
  done: number;
  total: number;
  outcomes: ItemOutcome[];
}

export type BulkPhase = { kind: 'confirm' } | { kind: 'running'; progress: BulkProgress } | { kind: 'done'; progress: BulkProgress };

/** What the dialog says beside one item: sent, or refused with the API's words. */
export type ItemVerdict = { ok: true; message: null } | { ok: false; message: Message };

/**
 * Runs one call per item, one after the other (each is its own audited decision at the API, and a refusal of
 * one does not stop the others), reporting progress after each.
 */
export function runInTurn(ids: readonly string[], call: (id: string) => Observable<unknown>): Observable<BulkProgress> {
  return from(ids).pipe(
    concatMap((id) =>
      call(id).pipe(
        map((): ItemOutcome => ({ id, ok: true })),
        catchError((error: unknown) => of<ItemOutcome>({ id, ok: false, error })),
      ),
    ),
    scan((progress: BulkProgress, outcome) => ({ done: progress.done + 1, total: ids.length, outcomes: [...progress.outcomes, outcome] }), {
      done: 0,
      total: ids.length,
      outcomes: [],
    }),
  );
}

/** The part of a dialog that closes it: told whether it may be dismissed, and closed with how many went through. */
export interface BulkDialogRef {
  disableClose: boolean | undefined;
  close(result?: number): void;
}

/**
 * A bulk action as a dialog runs it: confirm, then one call per item with progress, then either closes with
 * the count (everything went through: the list refreshes) or stays open on the outcomes when one was refused.
 * The dialog cannot be dismissed while calls are under way.
 */
export class BulkRun {
  readonly phase = signal<BulkPhase>({ kind: 'confirm' });
  readonly percent: Signal<number> = computed(() => {
    const p = this.phase();
    return p.kind === 'confirm' ? 0 : Math.round((p.progress.done / p.progress.total) * 100);
  });
  readonly failedCount: Signal<number> = computed(() => {
    const p = this.phase();
    return p.kind === 'confirm' ? 0 : p.progress.outcomes.filter((o) => !o.ok).length;
  });

  constructor(private readonly ref: BulkDialogRef) {}

  /** Sends the calls, once: a second confirmation while running (a double click) does nothing. */
  start(ids: readonly string[], call: (id: string) => Observable<unknown>): void {
    if (this.phase().kind !== 'confirm') return;
    this.ref.disableClose = true;
    let last: BulkProgress = { done: 0, total: ids.length, outcomes: [] };
    this.phase.set({ kind: 'running', progress: last });
    runInTurn(ids, call).subscribe({
      next: (progress) => {
        last = progress;
        this.phase.set({ kind: 'running', progress });
      },
      complete: () => {
        this.ref.disableClose = false;
        if (last.outcomes.every((o) => o.ok)) this.ref.close(last.total);
        else this.phase.set({ kind: 'done', progress: last });
      },
    });
  }

  verdictOf(id: string): ItemVerdict | null {
    const p = this.phase();
    if (p.kind === 'confirm') return null;
    const o = p.progress.outcomes.find((x) => x.id === id);
    if (!o) return null;
    return o.ok ? { ok: true, message: null } : { ok: false, message: describeError(o.error) };
  }

  /** Closes the dialog: undefined when nothing was sent, else how many went through (the list is read again either way). */
  close(): void {
    const p = this.phase();
    this.ref.close(p.kind === 'confirm' ? undefined : p.progress.outcomes.filter((o) => o.ok).length);
  }
}
