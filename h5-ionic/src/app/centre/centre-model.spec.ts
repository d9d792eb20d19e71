import { campaignsOf, maskPhone, type MyOrder, orderLine } from './centre-model';

const now = Date.parse('2026-12-01T10:00:00Z');
const order = (o: Partial<MyOrder>): MyOrder => ({
  orderNo: 'DMH1', campaignId: '1', campaignName: '瑜伽体验课', brandId: '3', brandName: '品牌', amount: '99.00', status: 'pending', payStatus: 'unpaid',
  createdAt: '2026-12-01T09:00:00Z', paidAt: null, payExpiresAt: '2026-12-01T10:15:00Z', closeReason: null, ...o,
});

describe('member centre model', () => {
  it('words each order status and offers what can be done', () => {
    expect(orderLine(order({}), now)).toEqual({ label: '待支付', tone: 'warning', action: { kind: 'pay', text: '去支付' } });
    expect(orderLine(order({ status: 'paid', payStatus: 'paid' }), now).label).toBe('报名成功');
    expect(orderLine(order({ status: 'paid', payStatus: 'paid' }), now).action?.kind).toBe('view');
    expect(orderLine(order({ payExpiresAt: '2026-12-01T09:59:59Z' }), now)).toEqual({ label: '已超时关闭', tone: 'muted', action: null });
    expect(orderLine(order({ status: 'cancelled', closeReason: 'provider_closed' }), now).label).toBe('已关闭');
    expect(orderLine(order({ status: 'refunded', payStatus: 'refunded' }), now).label).toBe('已退款');
  });

  it('lists each campaign once, joined when any of its orders is paid', () => {
    const list = campaignsOf([
      order({ orderNo: 'a', campaignId: '2', campaignName: '跑步', status: 'cancelled' }),
      order({ orderNo: 'b', campaignId: '1' }),
      order({ orderNo: 'c', campaignId: '2', campaignName: '跑步', status: 'paid', payStatus: 'paid' }),
    ], now);
    expect(list).toEqual([{ campaignId: '2', name: '跑步', joined: true }, { campaignId: '1', name: '瑜伽体验课', joined: false }]);
  });

  it('masks a phone', () => {
    expect(maskPhone('13800138000')).toBe('138****8000');
    expect(maskPhone(null)).toBe('');
  });
});
