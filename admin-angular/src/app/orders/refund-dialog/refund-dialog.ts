import { Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatRadioModule } from '@angular/material/radio';
import type { Data } from '@dmh/api-client';
import { TranslocoDirective } from '@jsverse/transloco';
import { Api } from '../../core/api/api.service';
import { describeError, type Message } from '../../core/errors/error-messages';
import { applyFieldErrors, serverMessages } from '../../shared/form-errors';
import { fromCents, REASON_MAX, refundAmountValidator } from '../order-detail/refund-rules';

export interface RefundDialogData {
  orderId: string;
  orderNo: string;
  refundableCents: number;
}

export type RefundResult = Data<'/api/v1/orders/{id}/refund', 'post'>;

/**
 * Asks for a refund: in full (everything not refunded yet) or a part, with a reason, checked before sending
 * as the API checks it; the API's refusal is said beside its field or above the buttons. Closes with the
 * API's answer (usually a refund still `processing`).
 */
@Component({
  selector: 'app-refund-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatProgressSpinnerModule, MatRadioModule, TranslocoDirective],
  templateUrl: './refund-dialog.html',
  styleUrl: './refund-dialog.scss',
})
export class RefundDialog {
  protected readonly data = inject<RefundDialogData>(MAT_DIALOG_DATA);
  private readonly api = inject(Api);
  private readonly ref = inject<MatDialogRef<RefundDialog, RefundResult>>(MatDialogRef);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly maxAmount = fromCents(this.data.refundableCents);
  protected readonly reasonMax = REASON_MAX;
  protected readonly serverMessages = serverMessages;
  protected readonly form = this.fb.group({
    mode: this.fb.control<'full' | 'partial'>('full'),
    amount: this.fb.control({ value: '', disabled: true }, [Validators.required, refundAmountValidator(() => this.data.refundableCents)]),
    reason: this.fb.control('', [Validators.required, Validators.maxLength(REASON_MAX)]),
  });
  protected readonly sending = signal(false);
  protected readonly failure = signal<Message | null>(null);

  constructor() {
    this.form.controls.mode.valueChanges.pipe(takeUntilDestroyed()).subscribe((mode) => {
      const amount = this.form.controls.amount;
      if (mode === 'partial') amount.enable();
      else amount.disable();
    });
  }

  protected submitRefund(): void {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.sending()) return;
    const { mode, amount, reason } = this.form.getRawValue();
    this.sending.set(true);
    this.failure.set(null);
    this.ref.disableClose = true;
    const body = { reason: reason.trim(), ...(mode === 'partial' ? { amount: amount.trim() } : {}) };
    this.api.post('/api/v1/orders/{id}/refund', { params: { id: this.data.orderId }, body }).subscribe({
      next: (result) => this.ref.close(result),
      error: (err: unknown) => {
        this.sending.set(false);
        this.ref.disableClose = false;
        const unshown = applyFieldErrors(this.form, err, { amount: 'body.amount', reason: 'body.reason' });
        this.failure.set(unshown[0] ?? (this.hasServerFieldError() ? null : describeError(err)));
      },
    });
  }

  private hasServerFieldError(): boolean {
    return serverMessages(this.form.controls.amount).length + serverMessages(this.form.controls.reason).length > 0;
  }
}
