import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import zh from '../../../public/i18n/zh-CN.json';
import sync from '../../../public/i18n/sync/zh-CN.json';
import { ApiError } from '../core/api/api-error';
import { MappingEditor } from './mapping-editor';
import { starterMapping } from './sync-rules';

describe('MappingEditor', () => {
  let fixture: ComponentFixture<MappingEditor>;
  let el: HTMLElement;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [MappingEditor, TranslocoTestingModule.forRoot({ langs: { 'zh-CN': { ...zh, sync } }, translocoConfig: { availableLangs: ['zh-CN'], defaultLang: 'zh-CN' } })],
    }).compileComponents();
    fixture = TestBed.createComponent(MappingEditor);
    fixture.componentRef.setInput('kind', 'mysql');
    fixture.componentRef.setInput('source', { mapping: starterMapping() });
    fixture.detectChanges();
    el = fixture.nativeElement as HTMLElement;
  });

  const click = (selector: string) => (el.querySelector(selector) as HTMLElement).click();
  const type = (input: Element, value: string) => {
    (input as HTMLInputElement).value = value;
    input.dispatchEvent(new Event('input'));
    fixture.detectChanges();
  };

  it('shows each table with its key and version first, marked required, and the saved rows', () => {
    const orders = el.querySelector('[data-testid="mapping-orders"]')!;
    expect((orders.querySelector('[data-testid="mapping-orders-key"]') as HTMLInputElement).value).toBe('DMH_ID');
    expect(orders.querySelectorAll('.req').length).toBe(2);
    expect(orders.querySelectorAll('[data-testid^="row-orders-"]').length).toBe(3);
    expect(fixture.componentInstance.check()).toEqual(starterMapping());
  });

  it('refuses a row without a DMH field, said beside that row, and sends nothing', () => {
    click('[data-testid="add-row-rewards"]');
    fixture.detectChanges();
    type(el.querySelector('[data-testid="row-rewards-3"] [data-testid="row-column"]')!, 'PHONE');
    expect(el.querySelector('[data-testid="problem-rewards-3"]')?.textContent).toContain(sync.mapping.problems.fromRequired);
    expect(fixture.componentInstance.check()).toBeNull();
    const select = el.querySelector('[data-testid="row-rewards-3"] [data-testid="row-from"]') as HTMLSelectElement;
    select.value = 'userId';
    select.dispatchEvent(new Event('change'));
    fixture.detectChanges();
    expect(el.querySelector('[data-testid="problem-rewards-3"]')).toBeNull();
    expect(fixture.componentInstance.check()?.rewards.columns[3]).toEqual({ column: 'PHONE', from: 'userId' });
  });

  it('shows nothing wrong with an untouched new row until a save is tried', () => {
    click('[data-testid="add-row-orders"]');
    fixture.detectChanges();
    expect(el.querySelector('[data-testid="problem-orders-3"]')).toBeNull();
    expect(fixture.componentInstance.check()).toBeNull();
    fixture.detectChanges();
    expect(el.querySelector('[data-testid="problem-orders-3"]')).not.toBeNull();
  });

  it("puts the API's problem beside the row it names, until that table is edited", () => {
    const err = new ApiError(400, 40000, 'invalid', [{ field: 'body.mapping.orders.columns.1.column', code: 'custom', message: 'longer than 64 characters' }]);
    expect(fixture.componentInstance.showApiIssues(err)).toBeTrue();
    fixture.detectChanges();
    expect(el.querySelector('[data-testid="problem-orders-1"]')?.textContent).toContain('超过此数据库允许的 64 个字符');
    type(el.querySelector('[data-testid="row-orders-0"] [data-testid="row-column"]')!, 'ORDER_NUMBER');
    expect(el.querySelector('[data-testid="problem-orders-1"]')).toBeNull();
  });

  it('edits as JSON and comes back to the table with what was typed', () => {
    fixture.componentInstance['toggleJson'](true);
    fixture.detectChanges();
    const box = el.querySelector('[data-testid="mapping-json"]') as HTMLTextAreaElement;
    const edited = starterMapping();
    edited.orders.table = 'CRM_ORDERS';
    type(box, JSON.stringify(edited));
    fixture.componentInstance['toggleJson'](false);
    fixture.detectChanges();
    expect((el.querySelector('[data-testid="mapping-orders-table"]') as HTMLInputElement).value).toBe('CRM_ORDERS');
  });
});
