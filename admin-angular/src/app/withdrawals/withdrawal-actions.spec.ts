import { actionsFor, commonActions, totalAmount } from './withdrawal-actions';

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
});
