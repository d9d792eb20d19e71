import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import zhEditor from '../../../../public/i18n/campaign-editor/zh-CN.json';
import zh from '../../../../public/i18n/zh-CN.json';
import { FieldConfig } from './field-config';
import { FormBuilderStore } from './form-builder.store';

describe('FieldConfig', () => {
  let fixture: ComponentFixture<FieldConfig>;
  let store: FormBuilderStore;
  let page: HTMLElement;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [
        FieldConfig,
        TranslocoTestingModule.forRoot({
          langs: { 'zh-CN': { ...zh, campaignEditor: zhEditor } },
          translocoConfig: { availableLangs: ['zh-CN'], defaultLang: 'zh-CN' },
        }),
      ],
      providers: [FormBuilderStore],
    }).compileComponents();
    store = TestBed.inject(FormBuilderStore);
  });

  async function render(type: Parameters<FormBuilderStore['add']>[0]): Promise<string> {
    const field = store.add(type, { label: '场次', options: ['上午场', '下午场'] })!;
    fixture = TestBed.createComponent(FieldConfig);
    fixture.componentRef.setInput('field', field);
    page = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    await fixture.whenStable();
    return field.uid;
  }

  function type(testId: string, value: string): void {
    const input = page.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-testid=${testId}]`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    fixture.componentRef.setInput('field', store.fields()[0]);
    fixture.detectChanges();
  }

  it('offers exactly the constraints of the type: options for a choice, lengths and pattern for text', async () => {
    await render('radio');
    expect(page.querySelector('[data-testid=config-options]')).not.toBeNull();
    expect(page.querySelector('[data-testid=config-pattern]')).toBeNull();
  });

  it('edits the options one a line, and says a repeated option beside them', async () => {
    await render('radio');
    type('config-options', '上午场\n上午场');
    expect(store.fields()[0].options).toEqual(['上午场', '上午场']);
    expect(page.querySelector('mat-error')?.textContent?.trim()).toBe(zhEditor.problems.duplicate);
    type('config-options', '上午场\n下午场\n');
    expect(store.fields()[0].options).toEqual(['上午场', '下午场']);
    expect(page.querySelector('mat-error')).toBeNull();
  });

  it('sets a length bound from a number, and clears it when emptied', async () => {
    await render('text');
    type('config-maxLength', '20');
    expect(store.definition()[0].maxLength).toBe(20);
    type('config-maxLength', '');
    expect(store.definition()[0].maxLength).toBeUndefined();
  });
});
