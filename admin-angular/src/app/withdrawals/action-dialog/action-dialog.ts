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
import { type BulkProgress, runInTurn, totalAmount, type Withdrawal, type WithdrawalAction } from '../withdrawal-actions';

export interface ActionDialogData {
  action: WithdrawalAction;
  items: readonly Withdrawal[];
}

type Phase = { kind: 'confirm' } | { kind: 'running'; progress: BulkProgress } | { kind: 'done'; progress: BulkProgress };

/**
 * Confirms a review action on one or several withdrawals (a reason to reject, an optional payout reference
 * to mark paid), then runs it one withdrawal at a time with a progress bar, and says for each what the API
 * answered. Closes with how many went through (undefined when nothing was sent).
 */
@Component({
  selector: 'app-withdrawal-action-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatIconModule, MatInputModule, MatProgressBarModule, TranslocoDirective],
  templateUrl: './action-dialog.html',
  styleUrl: './action-dialog.scss',
})
export class ActionDialog {
  protected readonly data = inject<ActionDialogData>(MAT_DIALOG_DATA);
  private readonly api = inject(Api);
  private readonly ref = inject<MatDialogRef<ActionDialog, number>>(MatDialogRef);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly total = totalAmount(this.data.items);
  protected readonly form = this.fb.group({
    reason: this.fb.control('', this.data.action === 'reject' ? [Validators.required, Validators.maxLength(500)] : []),
    payoutRef: this.fb.control('', [Validators.maxLength(100)]),
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

  protected confirmAction(): void {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.phase().kind !== 'confirm') return;
    this.ref.disableClose = true;
    const ids = this.data.items.map((w) => w.id);
    let last: BulkProgress = { done: 0, total: ids.length, outcomes: [] };
    this.phase.set({ kind: 'running', progress: last });
    runInTurn(ids, (id) => this.call(id)).subscribe({
      next: (progress) => {
        last = progress;
        this.phase.set({ kind: 'running', progress });
      },
      complete: () => {
        this.ref.disableClose = false;
        const failed = last.outcomes.filter((o) => !o.ok).length;
        // Everything went through: nothing more to read, the list refreshes.
        if (failed === 0) this.ref.close(last.total);
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
    // Something was sent: the list is read again (a refusal means it was stale), with how many went through.
    this.ref.close(p.kind === 'confirm' ? undefined : p.progress.outcomes.filter((o) => o.ok).length);
  }

  private call(id: string): Observable<unknown> {
    const { reason, payoutRef } = this.form.getRawValue();
    switch (this.data.action) {
      case 'approve':
        return this.api.post('/api/v1/withdrawals/{id}/approve', { params: { id } });
      case 'reject':
        return this.api.post('/api/v1/withdrawals/{id}/reject', { params: { id }, body: { reason: reason.trim() } });
      case 'pay':
        return this.api.post('/api/v1/withdrawals/{id}/paid', { params: { id }, body: payoutRef.trim() ? { payoutRef: payoutRef.trim() } : {} });
    }
  }
}
