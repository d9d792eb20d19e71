import { refundMessage } from './order-detail';

describe('the words for the answer to a refund', () => {
  const answer = (status: string, amount = '99.00') =>
    ({ refund: { status, amount }, order: { id: '1', status: 'paid', payStatus: 'paid' } }) as unknown as Parameters<typeof refundMessage>[0];

  it('says processing honestly: asked, not finished', () => {
    expect(refundMessage(answer('processing', '12.50'))).toEqual(['orders.detail.refundProcessing', { amount: '12.50' }]);
  });

  it('says success with the amount, and any other end with its status', () => {
    expect(refundMessage(answer('success'))).toEqual(['orders.detail.refundSucceeded', { amount: '99.00' }]);
    expect(refundMessage(answer('abnormal'))).toEqual(['orders.detail.refundEnded', { status: 'abnormal' }]);
  });

});
