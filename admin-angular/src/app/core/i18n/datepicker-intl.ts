import { inject, Injectable } from '@angular/core';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { TranslocoService } from '@jsverse/transloco';

const LABELS = [
  'calendarLabel', 'openCalendarLabel', 'closeCalendarLabel', 'prevMonthLabel', 'nextMonthLabel', 'prevYearLabel', 'nextYearLabel',
  'prevMultiYearLabel', 'nextMultiYearLabel', 'switchToMonthViewLabel', 'switchToMultiYearViewLabel', 'startDateLabel', 'endDateLabel',
] as const;

/** Material's date picker labels (read by screen readers) in the console's language, following switches. */
@Injectable()
export class TranslatedDatepickerIntl extends MatDatepickerIntl {
  private readonly i18n = inject(TranslocoService);

  constructor() {
    super();
    this.i18n.events$.subscribe(() => this.relabel());
    this.i18n.langChanges$.subscribe(() => this.relabel());
  }

  private relabel(): void {
    for (const label of LABELS) this[label] = this.i18n.translate(`datepicker.${label}`);
    this.changes.next();
  }
}
