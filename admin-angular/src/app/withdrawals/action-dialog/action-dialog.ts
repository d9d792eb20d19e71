import { Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoDirective } from '@jsverse/transloco';
import type { Observable } from 'rxjs';
import { Api } from '../../core/api/api.service';
import { BulkRun } from '../../shared/bulk/bulk-run';
import { BulkStatus } from '../../shared/bulk/bulk-status';
import { BulkVerdict } from '../../shared/bulk/bulk-verdict';
import { totalAmount, type Withdrawal, type WithdrawalAction } from '../withdrawal-actions';

export interface ActionDialogData {
  action: WithdrawalAction;
  items: readonly Withdrawal[];
}

/**
 * Confirms a review action on one or several withdrawals (a reason to reject, an optional payout reference
 * to mark paid), then runs it one withdrawal at a time with a progress bar, and says for each what the API
 * answered. Closes with how many went through (undefined when nothing was sent).
 */
@Component({
  selector: 'app-withdrawal-action-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, TranslocoDirective, BulkStatus, BulkVerdict],
  templateUrl: './action-dialog.html',
  styleUrl: '../../shared/bulk/bulk-dialog.scss',
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
  protected readonly run = new BulkRun(this.ref);

  protected confirmAction(): void {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    this.run.start(this.data.items.map((w) => w.id), (id) => this.call(id));
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
