import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { provideEchartsCore } from 'ngx-echarts';
import { Observable, of, Subject, throwError } from 'rxjs';
import zh from '../../../public/i18n/zh-CN.json';
import ops from '../../../public/i18n/ops/zh-CN.json';
import { ApiError } from '../core/api/api-error';
import { Api } from '../core/api/api.service';
import { AuthService } from '../core/auth/auth.service';
import { OpsPage } from './ops-page';
import { type OpsReport, REFRESH_EVERY_MS } from './ops-view';

const up = { status: 'up' as const, error: null, latencyMs: 2 };
function report(syncDown = false): OpsReport {
  const sidecar = (appId: string) => ({ appId, runtimeVersion: '1.18.2', enabledFeatures: [], actorRuntime: null, actors: [], components: [], subscriptions: [] });
  return {
    checkedAt: '2026-12-04T06:00:00.000Z',
    apps: [
      { name: 'api', appId: 'dmh-api', process: up, sidecarHealth: up, metadata: up, sidecar: sidecar('dmh-api') },
      { name: 'actors', appId: 'dmh-actors', process: up, sidecarHealth: up, metadata: up, sidecar: { ...sidecar('dmh-actors'), actors: [{ type: 'BalanceActor', count: 3 }] } },
      syncDown
        ? { name: 'sync', appId: 'dmh-sync', process: up, sidecarHealth: up, metadata: { status: 'down', error: 'no answer from 127.0.0.1:3502 within 2000 ms', latencyMs: 2000 }, sidecar: null }
        : { name: 'sync', appId: 'dmh-sync', process: up, sidecarHealth: up, metadata: up, sidecar: sidecar('dmh-sync') },
    ],
    controlPlane: [{ name: 'placement', health: up }, { name: 'scheduler', health: up }],
    backlogs: { outbox: { pending: 0, failing: 0, oldestAgeSeconds: 0, byKind: [] }, outboxError: null, sync: { queued: 0, retrying: 0, dead: 0, lagSeconds: 0 }, syncError: null },
  };
}

describe('OpsPage', () => {
  let fixture: ComponentFixture<OpsPage>;
  let api: jasmine.SpyObj<Api>;
  let answers: Observable<unknown>[];
  let page: HTMLElement;
  const permissions = signal<string[]>(['ops:read']);

  beforeEach(async () => {
    answers = [];
    permissions.set(['ops:read']);
    api = jasmine.createSpyObj<Api>('Api', ['get']);
    // The charts section asks for its own figures (ops-charts.spec.ts): here it never gets an answer.
    api.get.and.callFake(((path: string) => (path === '/api/v1/ops/metrics' ? new Subject() : answers.shift() ?? new Subject())) as never);
    await TestBed.configureTestingModule({
      imports: [OpsPage, TranslocoTestingModule.forRoot({ langs: { 'zh-CN': { ...zh, ops } }, translocoConfig: { availableLangs: ['zh-CN'], defaultLang: 'zh-CN' } })],
      providers: [
        { provide: Api, useValue: api },
        { provide: AuthService, useValue: { me: () => ({ permissions: permissions() }) } },
        provideEchartsCore({ echarts: () => new Promise(() => undefined) }),
      ],
    }).compileComponents();
  });

  afterEach(() => fixture?.destroy());

  function render(): void {
    fixture = TestBed.createComponent(OpsPage);
    page = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
  }
  const text = (selector: string) => page.querySelector(selector)?.textContent ?? '';
  const overviewCalls = () => api.get.calls.allArgs().filter(([path]) => path === '/api/v1/ops/overview').length;

  it('without ops:read says why and never asks the API', () => {
    permissions.set(['dashboard:read']);
    render();
    expect(text('[data-testid=ops-forbidden]')).toContain(ops.forbidden.title);
    expect(page.querySelector('[data-testid=ops-charts]')).toBeNull();
    expect(api.get).not.toHaveBeenCalled();
  });

  it('shows the skeleton, then a card per app; a down sidecar is a red card with its reason', () => {
    const answer = new Subject<OpsReport>();
    answers.push(answer);
    render();
    expect(page.querySelector('[data-testid=ops-loading]')).not.toBeNull();
    answer.next(report(true));
    answer.complete();
    fixture.detectChanges();
    expect(Array.from(page.querySelectorAll('[data-app]')).map((e) => e.getAttribute('data-app'))).toEqual(['api', 'actors', 'sync']);
    expect(page.querySelector('[data-app=sync]')?.classList).toContain('ops__card--down');
    expect(text('[data-app=sync] [data-testid=ops-app-problems]')).toContain('no answer from 127.0.0.1:3502 within 2000 ms');
    expect(text('[data-app=actors] [data-actor=BalanceActor] [data-testid=ops-actor-count]').trim()).toBe('3');
    expect(text('[data-testid=ops-summary]')).toContain('1');
  });

  it('shows the charts section below the report, asking for the last hour', () => {
    answers.push(of(report()));
    render();
    expect(page.querySelector('[data-testid=ops-charts]')).not.toBeNull();
    expect(api.get.calls.allArgs().filter(([path]) => path === '/api/v1/ops/metrics')).toEqual([['/api/v1/ops/metrics', { query: { range: '1h' } }] as never]);
  });

  it('a 403 from the API is the same refusal in words', () => {
    answers.push(throwError(() => new ApiError(403, 40300, 'not allowed')));
    render();
    expect(page.querySelector('[data-testid=ops-forbidden]')).not.toBeNull();
  });

  it('says a failure in words with retry; a failed refresh keeps the last report and says it is stale', () => {
    answers.push(throwError(() => new ApiError(0, 0, 'offline')), of(report()), throwError(() => new ApiError(503, 50300, 'down')));
    render();
    expect(text('[data-testid=ops-error]')).toContain(zh.common.retry);
    (page.querySelector('[data-testid=ops-error] button') as HTMLButtonElement).click();
    fixture.detectChanges();
    expect(page.querySelectorAll('[data-app]').length).toBe(3);
    (page.querySelector('[data-testid=ops-refresh]') as HTMLButtonElement).click();
    fixture.detectChanges();
    expect(page.querySelectorAll('[data-app]').length).toBe(3);
    expect(page.querySelector('[data-testid=ops-stale]')).not.toBeNull();
  });

  describe('auto-refresh', () => {
    beforeEach(() => jasmine.clock().install());
    afterEach(() => jasmine.clock().uninstall());

    it('asks again every 10 s while the page is visible, not while it is hidden', () => {
      const visibility = spyOnProperty(document, 'visibilityState').and.returnValue('visible');
      api.get.and.callFake(((path: string) => (path === '/api/v1/ops/overview' ? of(report()) : new Subject())) as never);
      render();
      expect(overviewCalls()).toBe(1);
      jasmine.clock().tick(REFRESH_EVERY_MS);
      expect(overviewCalls()).toBe(2);
      visibility.and.returnValue('hidden');
      jasmine.clock().tick(REFRESH_EVERY_MS * 3);
      expect(overviewCalls()).toBe(2);
      fixture.destroy();
      visibility.and.returnValue('visible');
      jasmine.clock().tick(REFRESH_EVERY_MS * 2);
      expect(overviewCalls()).toBe(2);
    });
  });
});
