import { signal } from '@angular/core';
import { HttpErrorResponse } from '@angular/common/http';
import { defer, lastValueFrom, type Observable, of, Subject, throwError, toArray } from 'rxjs';
import { BulkRun, type BulkDialogRef, runInTurn } from './bulk-run';
import { RowSelection } from './selection';

class FakeRef implements BulkDialogRef {
  disableClose: boolean | undefined = false;
  closedWith: (number | undefined)[] = [];
  close(result?: number): void {
    this.closedWith.push(result);
  }
}

const refused = () => new HttpErrorResponse({ status: 409, error: { code: 40900, message: 'conflict', details: [] } });

describe('a bulk run', () => {
  it('run one call at a time, going on after a refusal, and report progress after each', async () => {
    const calls: string[] = [];
    let running = 0;
    const call = (id: string): Observable<unknown> =>
      defer(() => {
        running += 1;
        expect(running).toBe(1);
        calls.push(id);
        running -= 1;
        return id === '2' ? throwError(() => new Error('refused')) : of(null);
      });
    const steps = await lastValueFrom(runInTurn(['1', '2', '3'], call).pipe(toArray()));
    expect(calls).toEqual(['1', '2', '3']);
    expect(steps.map((s) => s.done)).toEqual([1, 2, 3]);
    expect(steps[2].outcomes.map((o) => [o.id, o.ok])).toEqual([['1', true], ['2', false], ['3', true]]);
    expect(steps[2].total).toBe(3);
  });

  it('cannot be dismissed while it runs, and closes with the count when everything went through', () => {
    const ref = new FakeRef();
    const run = new BulkRun(ref);
    const answers = new Map(['1', '2'].map((id) => [id, new Subject<null>()]));
    const answer = (id: string) => {
      answers.get(id)!.next(null);
      answers.get(id)!.complete();
    };
    run.start(['1', '2'], (id) => answers.get(id)!);
    expect(ref.disableClose).toBeTrue();
    expect(run.phase().kind).toBe('running');
    answer('1');
    expect(run.percent()).toBe(50);
    expect(ref.closedWith).toEqual([]);
    answer('2');
    expect(ref.disableClose).toBeFalse();
    expect(ref.closedWith).toEqual([2]);
  });

  it('stays open on the outcomes when one item was refused, and says which', () => {
    const ref = new FakeRef();
    const run = new BulkRun(ref);
    run.start(['1', '2', '3'], (id) => (id === '2' ? throwError(refused) : of(null)));
    expect(ref.closedWith).toEqual([]);
    expect(run.phase().kind).toBe('done');
    expect(run.failedCount()).toBe(1);
    expect(run.percent()).toBe(100);
    expect(run.verdictOf('1')).toEqual({ ok: true, message: null });
    expect(run.verdictOf('2')?.ok).toBeFalse();
    expect(run.verdictOf('2')?.message).not.toBeNull();
    run.close();
    expect(ref.closedWith).toEqual([2]);
  });

  it('sends once however often it is confirmed, and closing before sending reports nothing sent', () => {
    const ref = new FakeRef();
    const run = new BulkRun(ref);
    expect(run.verdictOf('1')).toBeNull();
    run.close();
    expect(ref.closedWith).toEqual([undefined]);
    let calls = 0;
    const pending = new Subject<void>();
    run.start(['1'], () => {
      calls += 1;
      return pending;
    });
    run.start(['1'], () => {
      calls += 1;
      return pending;
    });
    expect(calls).toBe(1);
  });
});

describe('a row selection', () => {
  const rows = signal([{ id: 'a', open: true }, { id: 'b', open: true }, { id: 'c', open: false }]);
  const selectable = signal(rows().filter((r) => r.open));

  it('toggles rows, selects all selectable ones, and clears', () => {
    const selection = new RowSelection(rows, selectable);
    selection.toggle('a');
    expect(selection.selected().map((r) => r.id)).toEqual(['a']);
    expect(selection.allSelected()).toBeFalse();
    selection.toggleAll();
    expect(selection.selected().map((r) => r.id)).toEqual(['a', 'b']);
    expect(selection.allSelected()).toBeTrue();
    expect(selection.has('c')).toBeFalse();
    selection.toggleAll();
    expect(selection.selected()).toEqual([]);
    selection.toggle('b');
    selection.clear();
    expect(selection.selected()).toEqual([]);
  });

  it('is never "all selected" on a page with nothing to select', () => {
    const none = new RowSelection(signal([{ id: 'c', open: false }]), signal([]));
    expect(none.allSelected()).toBeFalse();
  });
});
