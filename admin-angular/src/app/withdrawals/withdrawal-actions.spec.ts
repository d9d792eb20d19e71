import { Observable, of, throwError, toArray, lastValueFrom, defer } from 'rxjs';
import { actionsFor, commonActions, runInTurn, totalAmount } from './withdrawal-actions';

describe('withdrawal actions', () => {
  it('follow the review state machine', () => {
    expect(actionsFor('requested')).toEqual(['approve', 'reject']);
    expect(actionsFor('approved')).toEqual(['pay', 'reject']);
    expect(actionsFor('paid')).toEqual([]);
    expect(actionsFor('rejected')).toEqual([]);
  });

  it('offer in bulk only what every selected withdrawal allows', () => {
    expect(commonActions([{ status: 'requested' }, { status: 'requested' }])).toEqual(['approve', 'reject']);
    expect(commonActions([{ status: 'requested' }, { status: 'approved' }])).toEqual(['reject']);
    expect(commonActions([{ status: 'requested' }, { status: 'paid' }])).toEqual([]);
    expect(commonActions([])).toEqual([]);
  });

  it('add amounts exactly', () => {
    expect(totalAmount([{ amount: '0.10' }, { amount: '0.20' }, { amount: '25.00' }])).toBe('25.30');
    expect(totalAmount([])).toBe('0.00');
  });

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
});
