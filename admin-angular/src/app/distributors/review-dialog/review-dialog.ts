import { DatePipe } from '@angular/common';
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
import type { Application, ReviewAction } from '../applications/application-tabs';

export interface ReviewDialogData {
  action: ReviewAction;
  items: readonly Application[];
}

/**
 * Confirms approving or rejecting (with a reason the applicant will see) one or several applications, then
 * sends one review at a time (each is its own audited decision at the API) with a progress bar and the API's
 * answer per application. Closes with how many went through (undefined when nothing was sent).
 */
@Component({
  selector: 'app-distributor-review-dialog',
  imports: [DatePipe, ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, TranslocoDirective, BulkStatus, BulkVerdict],
  templateUrl: './review-dialog.html',
  styleUrl: '../../shared/bulk/bulk-dialog.scss',
})
export class ReviewDialog {
  protected readonly data = inject<ReviewDialogData>(MAT_DIALOG_DATA);
  private readonly api = inject(Api);
  private readonly ref = inject<MatDialogRef<ReviewDialog, number>>(MatDialogRef);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly form = this.fb.group({
    reason: this.fb.control('', this.data.action === 'reject' ? [Validators.required, Validators.maxLength(500)] : []),
  });
  protected readonly run = new BulkRun(this.ref);

  protected confirmReview(): void {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    this.run.start(this.data.items.map((a) => a.id), (id) => this.call(id));
  }

  private call(id: string): Observable<unknown> {
    if (this.data.action === 'approve') return this.api.post('/api/v1/distributor/{id}/approve', { params: { id } });
    return this.api.post('/api/v1/distributor/{id}/reject', { params: { id }, body: { reason: this.form.getRawValue().reason.trim() } });
  }
}
