import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { Observable, of } from 'rxjs';
import zh from '../../../../public/i18n/zh-CN.json';
import orders from '../../../../public/i18n/orders/zh-CN.json';
import { Api } from '../../core/api/api.service';
import { AuthService } from '../../core/auth/auth.service';
import { OrderDetail, type OrderDetailView } from './order-detail';

const TRACE_URL = 'http://127.0.0.1:9411/zipkin/?serviceName=dmh-api&spanName=settle%20paid%20order&annotationQuery=order.id%3D42&limit=10';

/** A paid order with no reward, refund or form data, as `GET /api/v1/orders/{id}` answers it to an admin. */
function paidOrder(over: Partial<OrderDetailView> = {}): OrderDetailView {
  return {
    id: '42', orderNo: 'DMH202612040001', campaignId: '7', campaignName: '春季咖啡品鉴会', brandId: '1', memberId: null,
    phone: '13800138000', amount: '99.00', status: 'paid', payStatus: 'paid', syncStatus: 'synced', referrerId: null,
    tradeNo: '4200000000202612040001', paidAt: '2026-12-04T06:00:00.000Z', createdAt: '2026-12-04T05:59:00.000Z',
    payExpiresAt: null, closedAt: null, closeReason: null, formData: {}, rewards: [], refunds: [], traceUrl: TRACE_URL,
    ...over,
  } as OrderDetailView;
}

describe('OrderDetail', () => {
  let fixture: ComponentFixture<OrderDetail>;
  let api: jasmine.SpyObj<Api>;
  let page: HTMLElement;

  beforeEach(async () => {
    api = jasmine.createSpyObj<Api>('Api', ['get']);
    await TestBed.configureTestingModule({
      imports: [OrderDetail, TranslocoTestingModule.forRoot({ langs: { 'zh-CN': { ...zh, orders } }, translocoConfig: { availableLangs: ['zh-CN'], defaultLang: 'zh-CN' } })],
      providers: [
        { provide: Api, useValue: api },
        { provide: AuthService, useValue: { me: () => ({ permissions: ['order:read'] }) } },
        provideRouter([]),
      ],
    }).compileComponents();
  });

  async function render(answer: Observable<unknown>): Promise<void> {
    api.get.and.returnValue(answer as never);
    fixture = TestBed.createComponent(OrderDetail);
    fixture.componentRef.setInput('id', '42');
    page = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
  }

  const traceLink = () => page.querySelector<HTMLAnchorElement>('[data-testid=order-trace-link]');

  it('links a paid order to its trace, in a new tab that cannot reach back to the console', async () => {
    await render(of(paidOrder()));
    expect(api.get).toHaveBeenCalledWith('/api/v1/orders/{id}', { params: { id: '42' } } as never);
    expect(page.querySelector('[data-testid=order-no]')?.textContent).toContain('DMH202612040001');
    const link = traceLink();
    expect(link).not.toBeNull();
    expect(link!.getAttribute('href')).toBe(TRACE_URL);
    expect(link!.getAttribute('target')).toBe('_blank');
    expect(link!.getAttribute('rel')).toBe('noopener');
    expect(link!.textContent?.trim()).toBe(orders.detail.traceLink);
    expect(link!.closest('dd')?.previousElementSibling?.textContent?.trim()).toBe(orders.detail.trace);
  });

  it('shows no trace link, nor its label, when the API gives none (null: no trace store, or not paid)', async () => {
    await render(of(paidOrder({ traceUrl: null })));
    expect(page.querySelector('[data-testid=order-no]')).not.toBeNull();
    expect(traceLink()).toBeNull();
    expect(page.textContent).not.toContain(orders.detail.trace);
  });

  it('shows no trace link when the answer has no traceUrl at all (an older API)', async () => {
    const { traceUrl: _omitted, ...older } = paidOrder();
    await render(of(older));
    expect(page.querySelector('[data-testid=order-no]')).not.toBeNull();
    expect(traceLink()).toBeNull();
  });
});
