import { Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';

/** The distributor section's own pages, beside each page's title: the application queue, the network and the poster template. */
@Component({
  selector: 'app-distributors-nav',
  imports: [MatButtonModule, MatIconModule, RouterLink, RouterLinkActive, TranslocoDirective],
  template: `
    <nav class="dnav" *transloco="let t" [attr.aria-label]="t('distributors.sections')">
      <a mat-button routerLink="/distributors/applications" routerLinkActive="dnav--active" ariaCurrentWhenActive="page" data-testid="nav-applications">
        <mat-icon>how_to_reg</mat-icon>{{ t('distributors.applicationsTitle') }}
      </a>
      <a mat-button routerLink="/distributors/tree" routerLinkActive="dnav--active" ariaCurrentWhenActive="page" data-testid="nav-tree">
        <mat-icon>account_tree</mat-icon>{{ t('distributors.treeTitle') }}
      </a>
      <a mat-button routerLink="/distributors/poster" routerLinkActive="dnav--active" ariaCurrentWhenActive="page" data-testid="nav-poster">
        <mat-icon>image</mat-icon>{{ t('distributors.poster.title') }}
      </a>
    </nav>
  `,
  styles: `
    .dnav { display: inline-flex; gap: 4px; padding: 4px; border-radius: 24px; background: var(--mat-sys-surface-container); }
    .dnav a { border-radius: 20px; }
    .dnav--active { background: var(--mat-sys-secondary-container); color: var(--mat-sys-on-secondary-container); }
  `,
})
export class DistributorsNav {}
