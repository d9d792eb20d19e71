import { inject, Injectable } from '@angular/core';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TranslocoService } from '@jsverse/transloco';

/** Material's paginator in the console's language, following language switches. */
@Injectable()
export class TranslatedPaginatorIntl extends MatPaginatorIntl {
  private readonly i18n = inject(TranslocoService);

  constructor() {
    super();
    this.i18n.langChanges$.subscribe(() => this.relabel());
    this.i18n.events$.subscribe(() => this.relabel());
  }

  override getRangeLabel = (page: number, pageSize: number, length: number): string => {
    if (length === 0) return this.i18n.translate('paginator.none');
    const from = page * pageSize + 1;
    const to = Math.min(length, (page + 1) * pageSize);
    return this.i18n.translate('paginator.range', { from, to, length });
  };

  private relabel(): void {
    this.itemsPerPageLabel = this.i18n.translate('paginator.itemsPerPage');
    this.nextPageLabel = this.i18n.translate('paginator.next');
    this.previousPageLabel = this.i18n.translate('paginator.previous');
    this.firstPageLabel = this.i18n.translate('paginator.first');
    this.lastPageLabel = this.i18n.translate('paginator.last');
    this.changes.next();
  }
}
