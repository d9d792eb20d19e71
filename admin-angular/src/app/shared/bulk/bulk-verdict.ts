import { Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoDirective } from '@jsverse/transloco';
import type { ItemVerdict } from './bulk-run';

/** Beside one item of a bulk run: done, or refused with the API's words. `words` has `itemOk` and `itemFailed`. */
@Component({
  selector: 'app-bulk-verdict',
  imports: [MatIconModule, TranslocoDirective],
  styleUrl: './bulk-dialog.scss',
  template: `
    <ng-container *transloco="let t">
      @let v = verdict();
      @if (v?.ok) {
        <span class="action__ok"><mat-icon aria-hidden="true">check_circle</mat-icon>{{ t(words() + '.itemOk') }}</span>
      } @else if (v?.message; as message) {
        <span class="action__failed" [attr.data-testid]="failureTestId()"
          ><mat-icon aria-hidden="true">error</mat-icon>{{ t(words() + '.itemFailed', { message: t(message.key, message.params) }) }}</span
        >
      }
    </ng-container>
  `,
})
export class BulkVerdict {
  readonly verdict = input.required<ItemVerdict | null>();
  readonly words = input.required<string>();
  readonly failureTestId = input.required<string>();
}
