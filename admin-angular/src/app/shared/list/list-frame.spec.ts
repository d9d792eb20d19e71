import { Component, DestroyRef, inject, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { of, Subject, throwError } from 'rxjs';
import zh from '../../../../public/i18n/zh-CN.json';
import { ApiError } from '../../core/api/api-error';
import { ListFrame } from './list-frame';
import { type Page, PagedList } from './paged-list';

const answers: Array<Subject<Page<string>> | ReturnType<typeof throwError>> = [];

@Component({
  imports: [ListFrame],
  template: `
    <app-list-frame [list]="list" testId="things" emptyTitle="没有东西" emptyExplain="先新建一个" [filtered]="filtered()" noMatchTitle="没有符合的"
                    clearLabel="清除" (clear)="cleared = cleared + 1" (paged)="paged = $event.pageIndex">
      <table data-testid="the-table"><tr><td>{{ list.items().join(',') }}</td></tr></table>
    </app-list-frame>
  `,
})
class Host {
  readonly list = new PagedList<string>(() => (answers.shift() as Subject<Page<string>>) ?? new Subject(), inject(DestroyRef));
  readonly filtered = signal(false);
  cleared = 0;
  paged = -1;
}

describe('ListFrame', () => {
  beforeEach(async () => {
    answers.length = 0;
    await TestBed.configureTestingModule({
      imports: [Host, TranslocoTestingModule.forRoot({ langs: { 'zh-CN': zh }, translocoConfig: { availableLangs: ['zh-CN'], defaultLang: 'zh-CN' } })],
    }).compileComponents();
  });

  function render() {
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.list.reload();
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    const visible = (id: string) => {
      const node = el.querySelector(`[data-testid="${id}"]`);
      return node !== null && node.closest('[hidden]') === null;
    };
    return { fixture, el, visible };
  }

  it('shows the skeleton, then the table and paginator; a page change is passed on', () => {
    const answer = new Subject<Page<string>>();
    answers.push(answer);
    const { fixture, el, visible } = render();
    expect(visible('things-loading')).toBeTrue();
    expect(visible('the-table')).toBeFalse();
    answer.next({ items: ['a', 'b'], total: 45, page: 1, pageSize: 20 });
    fixture.detectChanges();
    expect(visible('things-loading')).toBeFalse();
    expect(visible('the-table')).toBeTrue();
    expect(el.querySelector('mat-paginator')).not.toBeNull();
    (el.querySelector('button.mat-mdc-paginator-navigation-next') as HTMLButtonElement).click();
    expect(fixture.componentInstance.paged).toBe(1);
    expect(fixture.componentInstance.list.pageIndex()).toBe(1);
  });

  it('says what to do when empty, offers to clear the filters when they hid everything, and hides the paginator', () => {
    answers.push(of({ items: [], total: 0, page: 1, pageSize: 20 }) as never);
    const { fixture, el, visible } = render();
    expect(el.querySelector('[data-testid="things-empty"]')?.textContent).toContain('先新建一个');
    expect(visible('the-table')).toBeFalse();
    expect(el.querySelector('mat-paginator')).toBeNull();
    fixture.componentInstance.filtered.set(true);
    fixture.detectChanges();
    expect(el.querySelector('[data-testid="things-empty"]')?.textContent).toContain('没有符合的');
    (el.querySelector('[data-testid="things-empty"] button') as HTMLButtonElement).click();
    expect(fixture.componentInstance.cleared).toBe(1);
  });

  it('says an error in words with a retry that asks again', () => {
    answers.push(throwError(() => new ApiError(0, 0, 'offline')) as never);
    const { fixture, el } = render();
    const alert = el.querySelector('[data-testid="things-error"]');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(alert?.textContent).toContain(zh.errors.NETWORK);
    answers.push(of({ items: ['x'], total: 1, page: 1, pageSize: 20 }) as never);
    (alert?.querySelector('button') as HTMLButtonElement).click();
    fixture.detectChanges();
    expect(fixture.componentInstance.list.items()).toEqual(['x']);
  });
});
