import { Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { findByPath } from '../core/nav/nav-menu';
import { NavigationService } from '../core/nav/navigation.service';
import { NavLabel } from '../shell/nav-label';

/** A menu entry whose screen the console does not have yet: says so, and where to go instead. */
@Component({
  selector: 'app-not-built',
  imports: [MatButtonModule, MatIconModule, RouterLink, TranslocoDirective, NavLabel],
  template: `
    <section class="page not-built" *transloco="let t">
      <mat-icon class="not-built__icon" aria-hidden="true">{{ item()?.icon ?? 'construction' }}</mat-icon>
      <h1 class="page-title">
        @if (item(); as i) { <app-nav-label [item]="i" /> } @else { {{ t('notBuilt.unknownTitle') }} }
      </h1>
      <p>{{ t(item() ? 'notBuilt.explain' : 'notBuilt.unknownExplain') }}</p>
      <a mat-flat-button [routerLink]="nav.home()">{{ t('notBuilt.goHome') }}</a>
    </section>
  `,
  styles: `
    .not-built { text-align: center; padding-top: 72px; color: var(--mat-sys-on-surface-variant); }
    .not-built__icon { font-size: 56px; width: 56px; height: 56px; color: var(--mat-sys-primary); }
  `,
})
export class NotBuilt {
  protected readonly nav = inject(NavigationService);
  private readonly router = inject(Router);
  protected readonly item = computed(() => findByPath(this.nav.items(), this.router.url.split('?')[0]));
}
