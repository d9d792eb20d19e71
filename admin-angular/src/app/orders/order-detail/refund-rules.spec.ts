import { FormControl } from '@angular/forms';
import { fromCents, hasProcessingRefund, refundableCents, refundAmountValidator, toCents } from './refund-rules';

describe('refund rules', () => {
  it('reads yuan as fen and back', () => {
    expect(toCents('12.5')).toBe(1250);
    expect(toCents('99.00')).toBe(9900);
    expect(toCents('0.01')).toBe(1);
    expect(toCents('1.234')).toBeNull();
    expect(toCents('-1')).toBeNull();
    expect(fromCents(1250)).toBe('12.50');
    expect(fromCents(5)).toBe('0.05');
  });

  it('refundable: paid less succeeded and processing refunds; nothing unless paid', () => {
    const refunds = [
      { amount: '10.00', status: 'success' },
      { amount: '20.00', status: 'processing' },
      { amount: '30.00', status: 'closed' },
      { amount: '5.00', status: 'abnormal' },
    ];
    expect(refundableCents({ amount: '99.00', payStatus: 'paid', refunds })).toBe(6900);
    expect(refundableCents({ amount: '99.00', payStatus: 'refunded', refunds: [] })).toBe(0);
    expect(refundableCents({ amount: '99.00', payStatus: 'unpaid', refunds: [] })).toBe(0);
    expect(hasProcessingRefund({ refunds })).toBeTrue();
    expect(hasProcessingRefund({ refunds: [refunds[0]] })).toBeFalse();
  });

  it('refuses what the API would refuse, naming the limit', () => {
    const control = new FormControl('', { nonNullable: true, validators: refundAmountValidator(() => 6900) });
    const errorsFor = (v: string) => {
      control.setValue(v);
      return control.errors;
    };
    expect(errorsFor('')).toBeNull();
    expect(errorsFor('abc')).toEqual({ amountFormat: true });
    expect(errorsFor('1.001')).toEqual({ amountFormat: true });
    expect(errorsFor('0')).toEqual({ amountPositive: true });
    expect(errorsFor('69.01')).toEqual({ amountTooBig: { max: '69.00' } });
    expect(errorsFor('69')).toBeNull();
    expect(errorsFor(' 0.5 ')).toBeNull();
  });
});
