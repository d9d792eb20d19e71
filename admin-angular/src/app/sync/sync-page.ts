import { Component, inject } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { SyncFailures } from './sync-failures';
import { SyncHealth } from './sync-health';
import { SyncLogs } from './sync-logs';
import { SyncReconcile } from './sync-reconcile';
import { SyncTargets } from './sync-targets';

const TABS = ['health', 'targets', 'failures', 'logs', 'reconcile'] as const;

/** Data sync, one tab each (kept in the address: `?tab=failures`); a tab's content loads when it is opened. */
@Component({
  selector: 'app-sync-page',
  imports: [MatTabsModule, TranslocoDirective, SyncHealth, SyncTargets, SyncFailures, SyncLogs, SyncReconcile],
  template: `
    <section class="page" *transloco="let t">
      <h1 class="page-title">{{ t('sync.title') }}</h1>
      <mat-tab-group [selectedIndex]="index" (selectedIndexChange)="select($event)" animationDuration="0ms" mat-stretch-tabs="false">
        <mat-tab [label]="t('sync.tabs.health')"><ng-template matTabContent><app-sync-health /></ng-template></mat-tab>
        <mat-tab [label]="t('sync.tabs.targets')"><ng-template matTabContent><app-sync-targets /></ng-template></mat-tab>
        <mat-tab [label]="t('sync.tabs.failures')"><ng-template matTabContent><app-sync-failures /></ng-template></mat-tab>
        <mat-tab [label]="t('sync.tabs.logs')"><ng-template matTabContent><app-sync-logs /></ng-template></mat-tab>
        <mat-tab [label]="t('sync.tabs.reconcile')"><ng-template matTabContent><app-sync-reconcile /></ng-template></mat-tab>
      </mat-tab-group>
    </section>
  `,
})
export class SyncPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  protected readonly index = Math.max(0, TABS.indexOf(this.route.snapshot.queryParamMap.get('tab') as (typeof TABS)[number]));

  protected select(i: number): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { tab: TABS[i] }, replaceUrl: true });
  }
}
