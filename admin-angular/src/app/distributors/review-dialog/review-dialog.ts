import { DatePipe } from '@angular/common';
import { Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoDirective } from '@jsverse/transloco';
import type { Observable } from 'rxjs';
import { Api } from '../../core/api/api.service';
import { describeError, type Message } from '../../core/errors/error-messages';
import { type BulkProgress, runInTurn } from '../../withdrawals/withdrawal-actions';
import type { Application, ReviewAction } from '../applications/application-tabs';

export interface ReviewDialogData {
  action: ReviewAction;
  items: readonly Application[];
}

type Phase = { kind: 'confirm' } | { kind: 'running'; progress: BulkProgress } | { kind: 'done'; progress: BulkProgress };

/**
 * Confirms approving or rejecting (with a reason the applicant will see) one or several applications, then
 * sends one review at a time (each is its own audited decision at the API) with a progress bar and the API's
 * answer per application. Closes with how many went through (undefined when nothing was sent).
 */
@Component({
  selector: 'app-distributor-review-dialog',
  imports: [DatePipe, ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatIconModule, MatInputModule, MatProgressBarModule, TranslocoDirective],
  templateUrl: './review-dialog.html',
  styleUrl: '../../withdrawals/action-dialog/action-dialog.scss',
})
export class ReviewDialog {
  protected readonly data = inject<ReviewDialogData>(MAT_DIALOG_DATA);
  private readonly api = inject(Api);
  private readonly ref = inject<MatDialogRef<ReviewDialog, number>>(MatDialogRef);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly form = this.fb.group({
    reason: this.fb.control('', this.data.action === 'reject' ? [Validators.required, Validators.maxLength(500)] : []),
  });
  protected readonly phase = signal<Phase>({ kind: 'confirm' });
  protected readonly percent = computed(() => {
    const p = this.phase();
    return p.kind === 'confirm' ? 0 : Math.round((p.progress.done / p.progress.total) * 100);
  });
  protected readonly failedCount = computed(() => {
    const p = this.phase();
    return p.kind === 'confirm' ? 0 : p.progress.outcomes.filter((o) => !o.ok).length;
  });

  protected confirmReview(): void {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.phase().kind !== 'confirm') return;
    this.ref.disableClose = true;
    const ids = this.data.items.map((a) => a.id);
    let last: BulkProgress = { done: 0, total: ids.length, outcomes: [] };
    this.phase.set({ kind: 'running', progress: last });
    runInTurn(ids, (id) => this.call(id)).subscribe({
      next: (progress) => {
        last = progress;
        this.phase.set({ kind: 'running', progress });
      },
      complete: () => {
        this.ref.disableClose = false;
        if (last.outcomes.every((o) => o.ok)) this.ref.close(last.total);
        else this.phase.set({ kind: 'done', progress: last });
      },
    });
  }

  protected outcomeOf(id: string): { ok: boolean; message: Message | null } | null {
    const p = this.phase();
    if (p.kind === 'confirm') return null;
    const o = p.progress.outcomes.find((x) => x.id === id);
    if (!o) return null;
    return o.ok ? { ok: true, message: null } : { ok: false, message: describeError(o.error) };
  }

  protected closeDialog(): void {
    const p = this.phase();
    this.ref.close(p.kind === 'confirm' ? undefined : p.progress.outcomes.filter((o) => o.ok).length);
  }

  private call(id: string): Observable<unknown> {
    if (this.data.action === 'approve') return this.api.post('/api/v1/distributor/{id}/approve', { params: { id } });
    return this.api.post('/api/v1/distributor/{id}/reject', { params: { id }, body: { reason: this.form.getRawValue().reason.trim() } });
  }
}
