import { Component, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { NavItem } from '../core/nav/nav-menu';

/** A navigation entry's words: the console's translation of its code, else the name the API gave it. */
@Component({
  selector: 'app-nav-label',
  imports: [TranslocoDirective],
  template: `<ng-container *transloco="let t">{{ t(item().labelKey) === item().labelKey ? item().name : t(item().labelKey) }}</ng-container>`,
})
export class NavLabel {
  readonly item = input.required<NavItem>();
}
