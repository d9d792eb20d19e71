import { Component, computed, inject, input } from '@angular/core';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { FormField } from '@dmh/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import { problemMessage } from '../campaign-editor/campaign-problems';
import { CONSTRAINTS_OF } from './form-definition';
import { type BuilderField, type FieldPatch, FormBuilderStore } from './form-builder.store';
import { ProblemState } from './problem-state';

type NumberProperty = 'minLength' | 'maxLength' | 'min' | 'max';
type TextProperty = 'label' | 'key' | 'placeholder' | 'pattern' | 'patternMessage' | 'minDate' | 'maxDate';

/**
 * The property panel of one field, in place under it: label, key, required, placeholder, and the
 * constraints its type takes (exactly those the API accepts). Each problem the API would find is shown
 * beside the property it names, as one types.
 */
@Component({
  selector: 'app-field-config',
  imports: [MatCheckboxModule, MatFormFieldModule, MatInputModule, TranslocoDirective, ProblemState],
  templateUrl: './field-config.html',
  styleUrl: './field-config.scss',
})
export class FieldConfig {
  readonly field = input.required<BuilderField>();
  private readonly store = inject(FormBuilderStore);

  protected readonly takes = computed(() => new Set<keyof FormField>(CONSTRAINTS_OF[this.field().type]));
  protected readonly problems = computed(() => {
    const out: Partial<Record<string, ReturnType<typeof problemMessage>[]>> = {};
    for (const [property, list] of Object.entries(this.store.problemsOf(this.field().uid))) out[property] = list.map(problemMessage);
    return out;
  });
  /** The options, one a line, as the textarea shows them. */
  protected readonly optionsText = computed(() => (this.field().options ?? []).join('\n'));

  protected setText(property: TextProperty, event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.configure({ [property]: property === 'label' || property === 'key' || value !== '' ? value : undefined });
  }

  /** An empty box is no bound; anything else is sent as typed, for the rules to accept or refuse. */
  protected setNumber(property: NumberProperty, event: Event): void {
    const text = (event.target as HTMLInputElement).value.trim();
    this.configure({ [property]: text === '' ? undefined : Number(text) });
  }

  protected setRequired(required: boolean): void {
    this.configure({ required });
  }

  /** One option a line; the last empty line (being typed) is not an option yet. */
  protected setOptions(event: Event): void {
    const lines = (event.target as HTMLTextAreaElement).value.split('\n');
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    this.configure({ options: lines });
  }

  private configure(patch: FieldPatch): void {
    this.store.configure(this.field().uid, patch);
  }
}
