import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideNativeDateAdapter } from '@angular/material/core';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { of, Subject, throwError } from 'rxjs';
import zh from '../../../public/i18n/zh-CN.json';
import sync from '../../../public/i18n/sync/zh-CN.json';
import { ApiError } from '../core/api/api-error';
import { Api } from '../core/api/api.service';
import { AuthService } from '../core/auth/auth.service';
import type { ReconcileResult } from './reconcile-rules';
import { SyncReconcile } from './sync-reconcile';

const result: ReconcileResult = {
  brandId: '3', from: '2026-12-01T00:00:00.000Z', to: '2026-12-02T00:00:00.000Z', target: 'default', kind: 'mysql',
  orders: { checked: 4, missing: 1, different: 1 }, rewards: { checked: 12, missing: 0, different: 0 },
  items: [
    { entityType: 'order', id: '41', orderId: '41', problem: 'missing', columns: [] },
    { entityType: 'order', id: '42', orderId: '42', problem: 'different', columns: ['amount'] },
  ],
  truncated: false, orderIds: ['41', '42'], requeued: 2, jobIds: ['a', 'b'],
};

describe('SyncReconcile', () => {
  let fixture: ComponentFixture<SyncReconcile>;
  let api: jasmine.SpyObj<Api>;
  let answer: Subject<ReconcileResult>;
  let page: HTMLElement;
  const permissions = ['sync:manage', 'audit:read'];

  beforeEach(async () => {
    answer = new Subject();
    api = jasmine.createSpyObj<Api>('Api', ['get', 'post']);
    api.get.and.callFake(((path: string) =>
      path === '/api/v1/brands' ? of({ items: [{ id: '3', name: '咖啡' }], total: 1, page: 1, pageSize: 100 }) : of({ items: [], total: 0, page: 1, pageSize: 20 })) as never);
    api.post.and.returnValue(answer as never);
    await TestBed.configureTestingModule({
      imports: [SyncReconcile, TranslocoTestingModule.forRoot({ langs: { 'zh-CN': { ...zh, sync } }, translocoConfig: { availableLangs: ['zh-CN'], defaultLang: 'zh-CN' } })],
      providers: [
        { provide: Api, useValue: api }, { provide: AuthService, useValue: { me: signal({ permissions }) } }, provideNativeDateAdapter(),
      ],
    }).compileComponents();
    fixture = TestBed.createComponent(SyncReconcile);
    page = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
  });

  const text = (id: string) => page.querySelector(`[data-testid="${id}"]`)?.textContent ?? null;
  const setDates = (from: Date, to: Date) => {
    (fixture.componentInstance as unknown as { patch(c: object): void }).patch({ from, to });
    fixture.detectChanges();
  };
  const submit = () => {
    (page.querySelector('[data-testid="reconcile-start"]') as HTMLButtonElement).click();
    fixture.detectChanges();
  };

  it('picks the only brand, and refuses a range that ends before it starts beside the end date, sending nothing', () => {
    setDates(new Date(2026, 11, 3), new Date(2026, 11, 1));
    submit();
    expect(text('reconcile-problem-to')).toContain(sync.reconcile.toBeforeFrom);
    expect(api.post).not.toHaveBeenCalled();
  });

  it('shows the run in progress, then 100 % with the counts and the differences', () => {
    setDates(new Date(2026, 11, 1), new Date(2026, 11, 1));
    submit();
    expect(api.post).toHaveBeenCalledTimes(1);
    expect(text('reconcile-progress')).toContain('正在比对');
    expect((page.querySelector('[data-testid="reconcile-start"]') as HTMLButtonElement).disabled).toBeTrue();
    answer.next(result);
    answer.complete();
    fixture.detectChanges();
    expect(text('reconcile-progress')).toContain('已完成 100 %');
    expect(text('reconcile-orders')).toContain('缺失 1 行');
    expect(text('reconcile-orders')).toContain('一致 2 行（50 %）');
    expect(text('reconcile-requeued')).toContain('已把 2 个订单重新排队');
    expect(page.querySelectorAll('[data-testid="differences-table"] tr.mat-mdc-row').length).toBe(2);
  });

  it("puts the API's refusal of a field beside it and says the run failed", () => {
    api.post.and.returnValue(throwError(() => new ApiError(400, 40000, 'invalid', [{ field: 'body.to', code: 'custom', message: 'the range may span at most 93 days' }])) as never);
    setDates(new Date(2026, 11, 1), new Date(2026, 11, 2));
    submit();
    expect(text('reconcile-problem-to')).toContain('the range may span at most 93 days');
    expect(text('reconcile-failed')).toContain(sync.reconcile.failed);
  });
});
