import { HttpErrorResponse } from '@angular/common/http';
import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideNativeDateAdapter } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { Observable, of, Subject, throwError } from 'rxjs';
import zh from '../../../../public/i18n/zh-CN.json';
import { ApiError } from '../../core/api/api-error';
import { Api } from '../../core/api/api.service';
import { AuthService } from '../../core/auth/auth.service';
import { CampaignList } from './campaign-list';

const brands = { items: [{ id: '1', name: 'Demo Coffee 示例咖啡' }], total: 1, page: 1, pageSize: 100 };
function campaign(id: string, name: string) {
  return {
    id, brandId: '1', name, status: 'active', price: '99.00', quota: null, seatsTaken: 3, coverImage: null,
    startTime: '2026-05-01T00:00:00Z', endTime: '2026-06-01T00:00:00Z', createdAt: '2026-04-01T00:00:00Z', updatedAt: '2026-04-02T00:00:00Z',
  };
}

describe('CampaignList', () => {
  let fixture: ComponentFixture<CampaignList>;
  let api: jasmine.SpyObj<Api>;
  let answers: Observable<unknown>[];
  let page: HTMLElement;
  let permissions: string[];

  beforeEach(async () => {
    permissions = ['campaign:read', 'campaign:write'];
    answers = [];
    api = jasmine.createSpyObj<Api>('Api', ['get']);
    api.get.and.callFake(((path: string) => (path === '/api/v1/brands' ? of(brands) : answers.shift() ?? new Subject())) as never);
    const auth = { isPlatformAdmin: signal(false), me: () => ({ permissions }) } as unknown as AuthService;
    await TestBed.configureTestingModule({
      imports: [CampaignList, TranslocoTestingModule.forRoot({ langs: { 'zh-CN': zh }, translocoConfig: { availableLangs: ['zh-CN'], defaultLang: 'zh-CN' } })],
      providers: [{ provide: Api, useValue: api }, { provide: AuthService, useValue: auth }, provideNativeDateAdapter(), provideRouter([])],
    }).compileComponents();
  });

  async function render(): Promise<void> {
    fixture = TestBed.createComponent(CampaignList);
    page = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    await fixture.whenStable();
  }

  const campaignCalls = () => api.get.calls.allArgs().filter(([path]) => path === '/api/v1/campaigns');

  it('shows a skeleton while the first page loads, asking the server for page 1', async () => {
    answers.push(new Subject());
    await render();
    expect(page.querySelector('[data-testid=campaigns-loading]')).not.toBeNull();
    expect(campaignCalls()[0][1]).toEqual({ query: { page: 1, pageSize: 20 } } as never);
  });

  it('lists the page with the brand named, and names the single brand of a brand admin instead of a brand filter', async () => {
    answers.push(of({ items: [campaign('7', '春季咖啡品鉴会')], total: 1, page: 1, pageSize: 20 }));
    await render();
    expect(page.querySelector('td.list__name')?.textContent?.trim()).toBe('春季咖啡品鉴会');
    expect(page.querySelector('[data-testid=brand-scope]')?.textContent).toContain('Demo Coffee 示例咖啡');
    expect(page.querySelector('[data-testid=filter-brand]')).toBeNull();
  });

  it('says what to do when there is no campaign yet', async () => {
    answers.push(of({ items: [], total: 0, page: 1, pageSize: 20 }));
    await render();
    const empty = page.querySelector('[data-testid=campaigns-empty]')?.textContent ?? '';
    expect(empty).toContain(zh.campaigns.emptyTitle);
    expect(empty).toContain(zh.campaigns.emptyExplain);
  });

  it('says a failure in words and loads again on retry', async () => {
    answers.push(throwError(() => ApiError.from(new HttpErrorResponse({ status: 0 }))));
    answers.push(of({ items: [campaign('8', 'B')], total: 1, page: 1, pageSize: 20 }));
    await render();
    const error = page.querySelector('[data-testid=campaigns-error]')!;
    expect(error.textContent).toContain(zh.errors.NETWORK);
    error.querySelector('button')!.click();
    fixture.detectChanges();
    await fixture.whenStable();
    expect(campaignCalls().length).toBe(2);
    expect(page.querySelector('td.list__name')?.textContent?.trim()).toBe('B');
  });

  it('leads to the editor: a new campaign from the header, each row from its edit action', async () => {
    answers.push(of({ items: [campaign('7', '春季咖啡品鉴会')], total: 1, page: 1, pageSize: 20 }));
    await render();
    expect(page.querySelector('[data-testid=new-campaign]')?.getAttribute('href')).toBe('/campaigns/new');
    expect(page.querySelector('tr[data-campaign="7"] [data-testid=edit-campaign]')?.getAttribute('href')).toBe('/campaigns/7/edit');
  });

  it('offers neither to a reader without campaign:write', async () => {
    permissions = ['campaign:read'];
    answers.push(of({ items: [campaign('7', '春季咖啡品鉴会')], total: 1, page: 1, pageSize: 20 }));
    await render();
    expect(page.querySelector('[data-testid=new-campaign]')).toBeNull();
    expect(page.querySelector('[data-testid=edit-campaign]')).toBeNull();
  });
});
