import { Component, computed, inject } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoDirective } from '@jsverse/transloco';
import { ProblemState } from '../form-builder/problem-state';
import { designProblemMessage } from './block-rules';
import { PageDesignerStore } from './page-designer.store';

/** The page's own properties (shown while no block is selected): its title and its two theme colours. */
@Component({
  selector: 'app-page-settings',
  imports: [MatFormFieldModule, MatInputModule, TranslocoDirective, ProblemState],
  template: `
    <div class="ps" *transloco="let t" data-testid="page-settings">
      <mat-form-field appearance="outline">
        <mat-label>{{ t('pageDesigner.page.title') }}</mat-label>
        <input matInput maxlength="100" [value]="store.design().title ?? ''" (input)="setTitle($event)" [appProblemState]="!!problems()['title']" data-testid="page-title" />
        <mat-hint>{{ t('pageDesigner.page.titleRule') }}</mat-hint>
        @for (m of problems()['title'] ?? []; track $index) { <mat-error>{{ t(m.key, m.params) }}</mat-error> }
      </mat-form-field>
      @for (c of colours; track c) {
        <mat-form-field appearance="outline">
          <mat-label>{{ t('pageDesigner.page.' + c) }}</mat-label>
          <input matInput maxlength="7" spellcheck="false" placeholder="#c2410c" [value]="store.design().theme?.[c] ?? ''" (input)="setColour(c, $event)"
                 [appProblemState]="!!problems()[c]" [attr.data-testid]="'page-' + c" />
          <mat-hint>{{ t('pageDesigner.page.colourRule') }}</mat-hint>
          @for (m of problems()[c] ?? []; track $index) { <mat-error>{{ t(m.key, m.params) }}</mat-error> }
        </mat-form-field>
      }
    </div>
  `,
  styles: `.ps { display: grid; gap: 4px; } mat-form-field { width: 100%; }`,
})
export class PageSettings {
  protected readonly store = inject(PageDesignerStore);
  protected readonly colours = ['primaryColor', 'backgroundColor'] as const;
  /** The page's problems by property (`title`, `primaryColor`, `backgroundColor`). */
  protected readonly problems = computed(() => {
    const out: Partial<Record<string, ReturnType<typeof designProblemMessage>[]>> = {};
    for (const p of this.store.placed().page) {
      const name = /^body\.(?:theme\.)?(title|primaryColor|backgroundColor)$/.exec(p.field)?.[1];
      if (name) (out[name] ??= []).push(designProblemMessage(p));
    }
    return out;
  });

  protected setTitle(event: Event): void {
    this.store.configurePage({ title: (event.target as HTMLInputElement).value });
  }

  protected setColour(name: 'primaryColor' | 'backgroundColor', event: Event): void {
    this.store.configurePage({ theme: { ...this.store.design().theme, [name]: (event.target as HTMLInputElement).value.trim() } });
  }
}
