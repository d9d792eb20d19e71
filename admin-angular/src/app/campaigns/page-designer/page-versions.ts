import { DatePipe } from '@angular/common';
import { Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import type { Data } from '@dmh/api-client';
import { TranslocoDirective } from '@jsverse/transloco';

export type VersionSummary = Data<'/api/v1/campaigns/{id}/page-config', 'get'>['versions'][number];

/** The saved versions, newest first: which one consumers see, and a way to bring any back onto the canvas. */
@Component({
  selector: 'app-page-versions',
  imports: [DatePipe, MatButtonModule, MatIconModule, TranslocoDirective],
  template: `
    <section class="pv" *transloco="let t" aria-labelledby="versions-title">
      <h3 id="versions-title">{{ t('pageDesigner.versions.title') }}</h3>
      <ol class="pv__list" data-testid="versions">
        @for (v of versions(); track v.version) {
          <li class="pv__item" [attr.data-version]="v.version">
            <span class="pv__name">v{{ v.version }}</span>
            <span class="pv__status pv__status--{{ v.status }}">{{ t('pageDesigner.versions.' + v.status) }}</span>
            <span class="pv__time">{{ v.createdAt | date: 'MM-dd HH:mm' }}</span>
            <button mat-button type="button" (click)="restore.emit(v.version)" [disabled]="busy()"
                    [attr.aria-label]="t('pageDesigner.versions.restoreLabel', { version: v.version })" data-testid="restore-version">
              {{ t('pageDesigner.versions.restore') }}
            </button>
          </li>
        } @empty {
          <li class="pv__empty">{{ t('pageDesigner.versions.none') }}</li>
        }
      </ol>
    </section>
  `,
  styles: `
    h3 { margin: 0 0 4px; font: var(--mat-sys-title-small); }
    .pv__list { list-style: none; margin: 0; padding: 0; max-height: 260px; overflow: auto; }
    .pv__item { display: grid; grid-template-columns: 40px auto 1fr auto; align-items: center; gap: 8px; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .pv__name { font-weight: 600; }
    .pv__status { font: var(--mat-sys-label-small); padding: 2px 8px; border-radius: 10px; background: var(--mat-sys-surface-container-high); }
    .pv__status--published { background: var(--mat-sys-primary-container); color: var(--mat-sys-on-primary-container); }
    .pv__time { color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-body-small); }
    .pv__empty { color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-body-small); padding: 8px 0; }
  `,
})
export class PageVersions {
  readonly versions = input.required<readonly VersionSummary[]>();
  readonly busy = input(false);
  readonly restore = output<number>();
}
