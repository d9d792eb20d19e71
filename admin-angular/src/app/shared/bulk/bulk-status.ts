import { Component, input } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoDirective } from '@jsverse/transloco';
import type { BulkRun } from './bulk-run';

/**
 * A bulk run's progress while it runs (announced politely) and, when one item was refused, the summary
 * (announced at once). `words` is the feature's translation prefix, with `progress` and `done` under it.
 */
@Component({
  selector: 'app-bulk-status',
  imports: [MatProgressBarModule, TranslocoDirective],
  styleUrl: './bulk-dialog.scss',
  template: `
    <ng-container *transloco="let t">
      @let p = run().phase();
      @if (p.kind === 'running') {
        <div role="status" aria-live="polite">
          <p>{{ t(words() + '.progress', { done: p.progress.done, total: p.progress.total }) }}</p>
          <mat-progress-bar mode="determinate" [value]="run().percent()" [attr.aria-label]="t('common.loading')" />
        </div>
      } @else if (p.kind === 'done') {
        <p role="alert" class="action__summary" [attr.data-testid]="summaryTestId()">
          {{ t(words() + '.done', { ok: p.progress.total - run().failedCount(), failed: run().failedCount() }) }}
        </p>
      }
    </ng-container>
  `,
})
export class BulkStatus {
  readonly run = input.required<BulkRun>();
  readonly words = input.required<string>();
  readonly summaryTestId = input.required<string>();
}
