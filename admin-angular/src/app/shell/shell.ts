import { BreakpointObserver } from '@angular/cdk/layout';
import { NgTemplateOutlet } from '@angular/common';
import { Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatMenuModule } from '@angular/material/menu';
import { MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { map } from 'rxjs';
import { AuthService } from '../core/auth/auth.service';
import { NavigationService } from '../core/nav/navigation.service';
import { LanguageMenu } from '../shared/language-menu';
import { NavLabel } from './nav-label';

/** The frame of every signed-in page: toolbar (language, account, sign-out) and the role's navigation. */
@Component({
  selector: 'app-shell',
  imports: [
    NgTemplateOutlet, RouterOutlet, RouterLink, RouterLinkActive, MatButtonModule, MatDividerModule, MatIconModule, MatListModule, MatMenuModule,
    MatSidenavModule, MatToolbarModule, TranslocoDirective, LanguageMenu, NavLabel,
  ],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
})
export class Shell {
  protected readonly auth = inject(AuthService);
  protected readonly nav = inject(NavigationService);
  protected readonly narrow = toSignal(inject(BreakpointObserver).observe('(max-width: 900px)').pipe(map((s) => s.matches)), { initialValue: false });
  protected readonly displayName = computed(() => this.auth.me()?.realName || this.auth.me()?.username || '');
  protected readonly roleKey = computed(() => `roles.${this.auth.me()?.roles[0] ?? 'unknown'}`);

  protected signOut(): void {
    this.auth.logout().subscribe();
  }
}
