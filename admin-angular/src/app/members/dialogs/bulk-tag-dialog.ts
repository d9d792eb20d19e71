import { Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoDirective } from '@jsverse/transloco';
import { Api } from '../../core/api/api.service';
import { describeError, type Message } from '../../core/errors/error-messages';
import type { MemberTag } from '../member-rules';

export interface BulkTagData {
  memberIds: string[];
  tags: MemberTag[];
}

/** Adds or removes tags on the selected members in one call (all or nothing; repeating it changes nothing). */
@Component({
  selector: 'app-bulk-tag-dialog',
  imports: [FormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatRadioModule, MatSelectModule, TranslocoDirective],
  template: `
    <ng-container *transloco="let t">
      <h2 mat-dialog-title>{{ t('members.bulk.title', { count: data.memberIds.length }) }}</h2>
      <mat-dialog-content>
        <mat-radio-group [(ngModel)]="action" [attr.aria-label]="t('members.bulk.action')" class="radios">
          <mat-radio-button value="add" data-testid="bulk-add">{{ t('members.bulk.add') }}</mat-radio-button>
          <mat-radio-button value="remove" data-testid="bulk-remove">{{ t('members.bulk.remove') }}</mat-radio-button>
        </mat-radio-group>
        @if (data.tags.length === 0) {
          <p role="status">{{ t('members.bulk.noTags') }}</p>
        } @else {
          <mat-form-field appearance="outline" class="full">
            <mat-label>{{ t('members.tags.title') }}</mat-label>
            <mat-select multiple [(ngModel)]="tagIds" data-testid="bulk-tags" required>
              @for (tag of data.tags; track tag.id) { <mat-option [value]="tag.id">{{ tag.name }}</mat-option> }
            </mat-select>
            <mat-hint>{{ t('members.bulk.hint') }}</mat-hint>
          </mat-form-field>
        }
        @if (problem(); as p) { <p class="error-text" role="alert">{{ t(p.key, p.params) }}</p> }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button mat-dialog-close type="button">{{ t('members.cancel') }}</button>
        <button mat-flat-button type="button" [disabled]="busy() || tagIds.length === 0" (click)="apply()" data-testid="bulk-apply">
          {{ action === 'add' ? t('members.bulk.add') : t('members.bulk.remove') }}
        </button>
      </mat-dialog-actions>
    </ng-container>
  `,
  styles: '.radios { display: flex; gap: 16px; margin-bottom: 12px; } .full { width: 100%; }',
})
export class BulkTagDialog {
  private readonly api = inject(Api);
  private readonly ref = inject(MatDialogRef<BulkTagDialog>);
  protected readonly data = inject<BulkTagData>(MAT_DIALOG_DATA);
  protected action: 'add' | 'remove' = 'add';
  protected tagIds: string[] = [];
  protected readonly busy = signal(false);
  protected readonly problem = signal<Message | null>(null);

  protected apply(): void {
    this.busy.set(true);
    this.problem.set(null);
    this.api.post('/api/v1/members/tags/bulk', { body: { action: this.action, tagIds: this.tagIds, memberIds: this.data.memberIds } }).subscribe({
      next: (r) => this.ref.close({ changed: r.changed, unchanged: r.unchanged }),
      error: (err: unknown) => {
        this.busy.set(false);
        this.problem.set(describeError(err));
      },
    });
  }
}
