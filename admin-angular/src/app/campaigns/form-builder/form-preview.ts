import { Component, computed, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { type FieldProblem, type FormField, validateFormData } from '@dmh/forms';
import { TranslocoDirective } from '@jsverse/transloco';

let previews = 0;

/**
 * The form as the consumer sees it on a phone, live as the builder changes: it can be filled in and
 * tried, and the trial answers with the very checks the API runs on a sign-up (shared validateFormData).
 */
@Component({
  selector: 'app-form-preview',
  imports: [MatButtonModule, TranslocoDirective],
  templateUrl: './form-preview.html',
  styleUrl: './form-preview.scss',
})
export class FormPreview {
  readonly fields = input.required<FormField[]>();
  protected readonly idPrefix = `pv${++previews}-`;
  protected readonly values = signal<Record<string, unknown>>({});
  protected readonly problems = signal<FieldProblem[] | null>(null);
  protected readonly problemOf = computed(() => new Map((this.problems() ?? []).map((p) => [p.field.slice('formData.'.length), p.message])));

  protected setValue(key: string, event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.values.update((v) => ({ ...v, [key]: value }));
    this.problems.set(null);
  }

  protected toggleChoice(key: string, option: string, checked: boolean): void {
    this.values.update((v) => {
      const chosen = new Set(Array.isArray(v[key]) ? (v[key] as string[]) : []);
      if (checked) chosen.add(option);
      else chosen.delete(option);
      return { ...v, [key]: [...chosen] };
    });
    this.problems.set(null);
  }

  protected chosen(key: string, option: string): boolean {
    const value = this.values()[key];
    return Array.isArray(value) && value.includes(option);
  }

  /** The consumer's submit: only values of fields still on the form are sent, as the H5 app does. */
  protected trySubmit(): void {
    const data: Record<string, unknown> = {};
    for (const f of this.fields()) if (this.values()[f.key] !== undefined) data[f.key] = this.values()[f.key];
    this.problems.set(validateFormData(this.fields(), data, 'formData'));
  }
}
