import { Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { BLOCK_RULES, type FaqItem, type PageBlock, type PropertyRule } from '@dmh/pages';
import { TranslocoDirective } from '@jsverse/transloco';
import { ProblemState } from '../form-builder/problem-state';
import { designProblemMessage, ruleHint } from './block-rules';
import { PageDesignerStore } from './page-designer.store';

/**
 * The property panel of the selected block: one input per property the API accepts for its type, built
 * from the shared rules (BLOCK_RULES), each rule in words beside its input and each problem under it.
 */
@Component({
  selector: 'app-block-config',
  imports: [MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatIconModule, MatInputModule, MatSelectModule, TranslocoDirective, ProblemState],
  templateUrl: './block-config.html',
  styleUrl: './block-config.scss',
})
export class BlockConfig {
  readonly block = input.required<PageBlock>();
  private readonly store = inject(PageDesignerStore);
  protected readonly ruleHint = ruleHint;

  protected readonly properties = computed(() => Object.entries(BLOCK_RULES[this.block().type]).map(([name, rule]) => ({ name, rule })));
  protected readonly problems = computed(() => {
    const out: Partial<Record<string, ReturnType<typeof designProblemMessage>[]>> = {};
    for (const [property, list] of Object.entries(this.store.problemsOf(this.block().id))) out[property] = list.map(designProblemMessage);
    return out;
  });

  protected value(name: string): unknown {
    return (this.block() as unknown as Record<string, unknown>)[name];
  }

  protected text(name: string): string {
    const v = this.value(name);
    return v === undefined || v === null ? '' : String(v);
  }

  protected faq(): FaqItem[] {
    return (this.value('items') as FaqItem[] | undefined) ?? [];
  }

  protected setText(name: string, event: Event): void {
    this.set(name, (event.target as HTMLInputElement).value);
  }

  /** An empty box is sent as typed (for the rules to refuse); anything else as a number. */
  protected setInt(name: string, event: Event): void {
    const text = (event.target as HTMLInputElement).value.trim();
    this.set(name, text === '' ? undefined : Number(text));
  }

  protected set(name: string, value: unknown): void {
    this.store.configure(this.block().id, { [name]: value });
  }

  protected setFaq(index: number, part: keyof FaqItem, event: Event): void {
    const items = this.faq().map((item, i) => (i === index ? { ...item, [part]: (event.target as HTMLInputElement).value } : item));
    this.set('items', items);
  }

  protected addFaq(question: string, answer: string): void {
    this.store.configure(this.block().id, { items: [...this.faq(), { question, answer }] });
  }

  protected removeFaq(index: number): void {
    this.store.configure(this.block().id, { items: this.faq().filter((_, i) => i !== index) });
  }

  protected maxOf(rule: PropertyRule): number | null {
    return rule.kind === 'text' || rule.kind === 'url' || rule.kind === 'html' ? rule.max : null;
  }
}
