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
import type { ReconcileRun } from './reconcile-rules';
import { SyncReconcile } from './sync-reconcile';

const base: ReconcileRun = {
  id: '7', brandId: '3', from: '2026-12-01T00:00:00.000Z', to: '2026-12-02T00:00:00.000Z', requeue: true, status: 'running', target: 'default', kind: 'mysql',
  ordersTotal: 1000, ordersChecked: 0, orders: { checked: 0, missing: 0, different: 0 }, rewards: { checked: 0, missing: 0, different: 0 }, requeued: 0,
  truncated: false, error: null, createdBy: '1', createdByName: 'admin', createdAt: '2026-12-02T01:00:00.000Z', finishedAt: null, items: [],
};
const halfway: ReconcileRun = { ...base, ordersChecked: 500, orders: { checked: 500, missing: 1, different: 0 }, items: [{ entityType: 'order', id: '41', orderId: '41', problem: 'missing', columns: [] }] };
const done: ReconcileRun = {
  ...base, status: 'done', ordersChecked: 1000, orders: { checked: 1000, missing: 1, different: 1 }, rewards: { checked: 3000, missing: 0, different: 0 }, requeued: 2,
  finishedAt: '2026-12-02T01:00:05.000Z',
  items: [
    { entityType: 'order', id: '41', orderId: '41', problem: 'missing', columns: [] },
    { entityType: 'order', id: '42', orderId: '42', problem: 'different', columns: ['amount'] },
  ],
};

describe('SyncReconcile', () => {
  let fixture: ComponentFixture<SyncReconcile>;
  let api: jasmine.SpyObj<Api>;
  let reads: ReconcileRun[];
  let history: { items: unknown[]; total: number } | Error;
  let page: HTMLElement;

  function setUp(): void {
    api = jasmine.createSpyObj<Api>('Api', ['get', 'post']);
    api.get.and.callFake(((path: string) => {
      if (path === '/api/v1/brands') return of({ items: [{ id: '3', name: '咖啡' }], total: 1, page: 1, pageSize: 100 });
      if (path === '/api/v1/sync/reconciliations/{id}') return of(reads.shift() ?? done);
      return history instanceof Error ? throwError(() => history) : of({ ...history, page: 1, pageSize: 20 });
    }) as never);
    api.post.and.returnValue(of(base) as never);
    TestBed.configureTestingModule({
      imports: [SyncReconcile, TranslocoTestingModule.forRoot({ langs: { 'zh-CN': { ...zh, sync } }, translocoConfig: { availableLangs: ['zh-CN'], defaultLang: 'zh-CN' } })],
      providers: [{ provide: Api, useValue: api }, { provide: AuthService, useValue: { me: signal({ permissions: ['sync:manage', 'sync:read'] }) } }, provideNativeDateAdapter()],
    });
    fixture = TestBed.createComponent(SyncReconcile);
    page = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
  }

  beforeEach(() => {
    reads = [];
    history = { items: [], total: 0 };
    jasmine.clock().install();
  });
  afterEach(() => jasmine.clock().uninstall());

  const text = (id: string) => page.querySelector(`[data-testid="${id}"]`)?.textContent ?? null;
  const setDates = (from: Date, to: Date) => {
    (fixture.componentInstance as unknown as { patch(c: object): void }).patch({ from, to });
    fixture.detectChanges();
  };
  const submit = () => {
    (page.querySelector('[data-testid="reconcile-start"]') as HTMLButtonElement).click();
    fixture.detectChanges();
  };
  const runReads = () => api.get.calls.allArgs().filter(([path]) => path === '/api/v1/sync/reconciliations/{id}').length;

  it('picks the only brand, and refuses a range that ends before it starts beside the end date, sending nothing', () => {
    setUp();
    setDates(new Date(2026, 11, 3), new Date(2026, 11, 1));
    submit();
    expect(text('reconcile-problem-to')).toContain(sync.reconcile.toBeforeFrom);
    expect(api.post).not.toHaveBeenCalled();
  });

  it('starts a run, follows its real progress about once a second, then shows 100 % with the counts and the differences, and stops asking', () => {
    setUp();
    reads = [halfway, done];
    setDates(new Date(2026, 11, 1), new Date(2026, 11, 1));
    submit();
    expect(api.post).toHaveBeenCalledTimes(1);
    expect(text('reconcile-progress')).toContain('已检查 0 / 1000 个订单（0 %）');
    expect((page.querySelector('[data-testid="reconcile-start"]') as HTMLButtonElement).disabled).toBeTrue();
    jasmine.clock().tick(1000);
    fixture.detectChanges();
    expect(text('reconcile-progress')).toContain('已检查 500 / 1000 个订单（50 %）');
    expect(text('reconcile-orders')).toContain('缺失 1 行');
    jasmine.clock().tick(1000);
    fixture.detectChanges();
    expect(text('reconcile-progress')).toContain('已完成 100 %');
    expect(text('reconcile-orders')).toContain('一致 998 行');
    expect(text('reconcile-requeued')).toContain('已把 2 个订单重新排队');
    expect(page.querySelectorAll('[data-testid="differences-table"] tr.mat-mdc-row').length).toBe(2);
    const asked = runReads();
    jasmine.clock().tick(5000);
    expect(runReads()).toBe(asked, 'a finished run is not asked again');
  });

  it('does not ask while the page is hidden', () => {
    setUp();
    const visibility = spyOnProperty(document, 'visibilityState').and.returnValue('hidden');
    setDates(new Date(2026, 11, 1), new Date(2026, 11, 1));
    submit();
    jasmine.clock().tick(3000);
    expect(runReads()).toBe(0);
    visibility.and.returnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(runReads()).toBe(1);
  });

  it('says in words why a run failed, and where it stopped', () => {
    setUp();
    reads = [{ ...halfway, status: 'failed', error: 'ORA-12170: TNS connect timeout', finishedAt: base.createdAt }];
    setDates(new Date(2026, 11, 1), new Date(2026, 11, 1));
    submit();
    jasmine.clock().tick(1000);
    fixture.detectChanges();
    expect(text('reconcile-run-failed')).toContain('ORA-12170: TNS connect timeout');
    expect(text('reconcile-progress')).toContain('停在 500 / 1000 个订单（50 %）');
  });

  it("puts the API's refusal of a field beside it and says the run was not started", () => {
    setUp();
    api.post.and.returnValue(throwError(() => new ApiError(400, 40000, 'invalid', [{ field: 'body.to', code: 'custom', message: 'the range may span at most 93 days' }])) as never);
    setDates(new Date(2026, 11, 1), new Date(2026, 11, 2));
    submit();
    expect(text('reconcile-problem-to')).toContain('the range may span at most 93 days');
    expect(text('reconcile-failed')).toContain(sync.reconcile.failed);
    expect(page.querySelector('[data-testid="reconcile-run"]')).toBeNull();
  });

  it('says what to do when there is no run yet', () => {
    setUp();
    expect(text('reconcile-history-empty')).toContain(sync.reconcile.historyEmpty);
  });

  it('lists past runs and opens one', () => {
    history = { items: [{ ...done, items: undefined }], total: 1 };
    setUp();
    expect(text('reconcile-history-table')).toContain(sync.reconcile.states.done);
    (page.querySelector('[data-testid="reconcile-history-open"]') as HTMLButtonElement).click();
    fixture.detectChanges();
    expect(text('reconcile-progress')).toContain('已完成 100 %');
    expect(page.querySelectorAll('[data-testid="differences-table"] tr.mat-mdc-row').length).toBe(2);
  });

  it('says in words when the history cannot be read', () => {
    history = new ApiError(503, 50300, 'the sync worker is unavailable', []);
    setUp();
    expect(page.querySelector('[data-testid="reconcile-history-error"]')).not.toBeNull();
  });
});
