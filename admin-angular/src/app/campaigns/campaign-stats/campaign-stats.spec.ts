import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { provideEchartsCore } from 'ngx-echarts';
import { Observable, of, Subject, throwError } from 'rxjs';
import zh from '../../../../public/i18n/zh-CN.json';
import stats from '../../../../public/i18n/campaign-stats/zh-CN.json';
import { ApiError } from '../../core/api/api-error';
import { Api } from '../../core/api/api.service';
import { CampaignStats } from './campaign-stats';
import { type CampaignStatsData, type DistributorRow, isQuiet, rewardsOption, statsKpis } from './campaign-stats-view';

function row(id: string, username: string | null, level1: string): DistributorRow {
  return { distributorId: id, userId: `u${id}`, username, orders: 3, paidOrders: 2, revenue: '198.00', rewards: { level1, level2: '5.00', level3: '0.00', total: '25.00' } };
}
function data(over: Partial<CampaignStatsData> = {}): CampaignStatsData {
  return {
    campaignId: '7', views: 40, signups: 10, paidOrders: 4, refundedOrders: 1, revenue: '1396.00', rewardsPaid: '50.00', rewardsPending: '2.50',
    conversion: { paidPerView: 0.1, paidPerSignup: 0.4 },
    distributors: { items: [row('1', 'alice', '20.00'), row('2', null, '10.00')], total: 2, page: 1, pageSize: 20 },
    ...over,
  };
}
const labels = { views: 'V', signups: 'S', paidOrders: 'P', level: (n: number) => `L${n}` };

describe('campaign statistics view', () => {
  it('gives the key figures with their conversions and money as yuan text', () => {
    const kpis = statsKpis(data());
    expect(kpis.map((k) => [k.key, k.value])).toEqual([
      ['views', '40'], ['signups', '10'], ['paidOrders', '4'], ['refundedOrders', '1'], ['revenue', '¥1,396.00'], ['rewardsPaid', '¥50.00'],
    ]);
    expect(kpis[1].note).toEqual({ key: 'stats.kpi.ofViews', params: { p: '25.0 %' } });
    expect(kpis[2].note).toEqual({ key: 'stats.kpi.ofSignups', params: { p: '40.0 %' } });
    expect(kpis[5].note).toEqual({ key: 'stats.kpi.pending', params: { amount: '2.50' } });
    expect(statsKpis(data({ views: 0, signups: 0 }))[1].note?.params['p']).toBe('–');
  });

  it('is quiet only with no view and no sign-up', () => {
    expect(isQuiet(data({ views: 0, signups: 0 }))).toBeTrue();
    expect(isQuiet(data({ views: 0, signups: 1 }))).toBeFalse();
  });

  it('stacks each distributor\'s rewards by level, the first row on top, unnamed ones by id', () => {
    const option = rewardsOption(data().distributors.items, labels) as any;
    expect(option.yAxis.data).toEqual(['#2', 'alice']);
    expect(option.series.map((s: any) => [s.name, s.stack, s.data])).toEqual([['L1', 'rewards', [10, 20]], ['L2', 'rewards', [5, 5]], ['L3', 'rewards', [0, 0]]]);
  });
});

describe('CampaignStats', () => {
  let fixture: ComponentFixture<CampaignStats>;
  let api: jasmine.SpyObj<Api>;
  let answers: Observable<unknown>[];
  let page: HTMLElement;

  beforeEach(async () => {
    answers = [];
    api = jasmine.createSpyObj<Api>('Api', ['get']);
    api.get.and.callFake(((path: string) => (path === '/api/v1/campaigns/{id}' ? of({ name: '春季咖啡品鉴会' }) : answers.shift() ?? new Subject())) as never);
    await TestBed.configureTestingModule({
      imports: [
        CampaignStats,
        TranslocoTestingModule.forRoot({ langs: { 'zh-CN': { ...zh, stats } }, translocoConfig: { availableLangs: ['zh-CN'], defaultLang: 'zh-CN' } }),
      ],
      providers: [{ provide: Api, useValue: api }, provideRouter([]), provideEchartsCore({ echarts: () => new Promise(() => undefined) })],
    }).compileComponents();
  });

  async function render(): Promise<void> {
    fixture = TestBed.createComponent(CampaignStats);
    fixture.componentRef.setInput('id', '7');
    page = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
  }
  const statsCalls = () => api.get.calls.allArgs().filter(([path]) => path === '/api/v1/campaigns/{id}/stats');

  it('shows skeletons, then the figures and a row per distributor, named after the campaign', async () => {
    const answer = new Subject<CampaignStatsData>();
    answers.push(answer);
    await render();
    expect(page.querySelector('[data-testid=stats-loading]')).not.toBeNull();
    expect(statsCalls()[0][1]).toEqual({ params: { id: '7' }, query: { page: 1, pageSize: 20 } } as never);
    answer.next(data());
    fixture.detectChanges();
    expect(page.querySelector('[data-testid=stats-title]')?.textContent).toContain('春季咖啡品鉴会');
    expect(page.querySelector('[data-kpi=revenue] .kpi__value')?.textContent?.trim()).toBe('¥1,396.00');
    expect(page.querySelectorAll('[data-testid=stats-distributors] tr.mat-mdc-row').length).toBe(2);
  });

  it('says what to do when nothing happened yet, and when no distributor referred anyone', async () => {
    answers.push(of(data({ views: 0, signups: 0, paidOrders: 0, distributors: { items: [], total: 0, page: 1, pageSize: 20 } })));
    await render();
    expect(page.querySelector('[data-testid=stats-quiet]')?.textContent).toContain('发布活动');
    expect(page.querySelector('[data-testid=stats-no-distributors]')?.textContent).toContain('分销员');
  });

  it('says a failure in words and retries', async () => {
    answers.push(throwError(() => new ApiError(404, 40400, 'campaign not found')), of(data()));
    await render();
    expect(page.querySelector('[data-testid=stats-error]')?.textContent).toContain(zh.common.retry);
    (page.querySelector('[data-testid=stats-error] button') as HTMLButtonElement).click();
    fixture.detectChanges();
    expect(page.querySelector('[data-testid=stats-kpis]')).not.toBeNull();
  });
});
