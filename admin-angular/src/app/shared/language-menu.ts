import { Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { TranslocoDirective } from '@jsverse/transloco';
import { LanguageService, LANGUAGES } from '../core/i18n/language.service';

/** The language switch (toolbar and login page): 中文 / English, applied at once. */
@Component({
  selector: 'app-language-menu',
  imports: [MatButtonModule, MatIconModule, MatMenuModule, TranslocoDirective],
  template: `
    <ng-container *transloco="let t">
      <button mat-button [matMenuTriggerFor]="menu" [title]="t('language.choose')" data-testid="language-menu">
        <mat-icon>translate</mat-icon>{{ currentLabel() }}
      </button>
      <mat-menu #menu="matMenu">
        @for (lang of languages; track lang.id) {
          <button mat-menu-item (click)="language.use(lang.id)" [attr.lang]="lang.id" [attr.data-testid]="'language-' + lang.id">
            {{ lang.label }}
          </button>
        }
      </mat-menu>
    </ng-container>
  `,
})
export class LanguageMenu {
  protected readonly language = inject(LanguageService);
  protected readonly languages = LANGUAGES;
  protected currentLabel(): string {
    return LANGUAGES.find((l) => l.id === this.language.current())?.label ?? '';
  }
}
