import { Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { TranslocoDirective } from '@jsverse/transloco';
import { PAGE_SIZES, type PagedList } from './paged-list';

/**
 * The body of every list screen, below its filters: a skeleton while loading, the error in words with
 * retry, an empty state that says what to do (with "clear the filters" when filters hid everything), else
 * the projected table, then the paginator. Words come translated from the screen (its own scope).
 */
@Component({
  selector: 'app-list-frame',
  imports: [MatButtonModule, MatIconModule, MatPaginatorModule, TranslocoDirective],
  templateUrl: './list-frame.html',
  styleUrl: './list-frame.scss',
})
export class ListFrame {
  readonly list = input.required<PagedList<unknown>>();
  /** Prefix of the test ids: `<id>-loading`, `<id>-error`, `<id>-empty`. */
  readonly testId = input.required<string>();
  readonly emptyIcon = input('inbox');
  readonly emptyTitle = input.required<string>();
  readonly emptyExplain = input('');
  readonly filtered = input(false);
  readonly noMatchTitle = input('');
  readonly noMatchExplain = input('');
  readonly clearLabel = input('');
  readonly paginated = input(true);
  readonly clear = output<void>();
  /** After the paginator asked for another page (the screen may keep it in the address). */
  readonly paged = output<PageEvent>();
  protected readonly pageSizes = [...PAGE_SIZES];
  protected changePage(event: PageEvent): void {
    this.list().changePage(event);
    this.paged.emit(event);
  }

  protected readonly skeletonRows = Array.from({ length: 6 }, (_, i) => i);
}
