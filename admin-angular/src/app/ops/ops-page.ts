import { DatePipe, DOCUMENT } from '@angular/common';
import { Component, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoDirective } from '@jsverse/transloco';
import type { Subscription } from 'rxjs';
import { ApiError } from '../core/api/api-error';
import { Api } from '../core/api/api.service';
import { describeError, type Message } from '../core/errors/error-messages';
import { permission } from '../shared/permissions';
import { whileVisible } from '../shared/while-visible';
import { OpsCharts } from './charts/ops-charts';
import { age, type OpsView, REFRESH_EVERY_MS, toOpsView } from './ops-view';

/**
 * Ops, in place of the archived Dapr dashboard: a card per app (its process, its sidecar's health, runtime
 * version, actor types with active counts, components, subscriptions), placement and scheduler, the outbox
 * and sync backlogs; below them the charts from Prometheus (`OpsCharts`, refreshed on their own). A page of
 * current status: asked again every 10 s while the page is visible, and at once when it becomes visible
 * again. Platform admins only (`ops:read`); anyone else sees why not.
 */
@Component({
  selector: 'app-ops-page',
  imports: [DatePipe, MatButtonModule, MatIconModule, OpsCharts, TranslocoDirective],
  templateUrl: './ops-page.html',
  styleUrls: ['../shared/list/list-page.scss', './ops-page.scss'],
})
export class OpsPage implements OnInit {
  private readonly api = inject(Api);
  private readonly document = inject(DOCUMENT);
  private readonly destroyRef = inject(DestroyRef);
  private readonly canRead = permission('ops:read');
  private inFlight: Subscription | null = null;
  private lastAsked = 0;

  protected readonly forbidden = signal(false);
  protected readonly view = signal<OpsView | null>(null);
  protected readonly problem = signal<Message | null>(null);
  protected readonly refreshing = signal(false);
  protected readonly skeletons = [0, 1, 2];
  protected readonly checkNames = ['process', 'sidecarHealth', 'metadata'] as const;
  protected readonly age = age;
  protected readonly refreshSeconds = REFRESH_EVERY_MS / 1000;

  ngOnInit(): void {
    if (!this.canRead()) {
      this.forbidden.set(true);
      return;
    }
    this.refresh();
    // Shown again: asked at once only when the last answer is older than the refresh period.
    whileVisible(this.document, this.destroyRef, REFRESH_EVERY_MS, (cause) => {
      if (!this.forbidden() && (cause === 'timer' || Date.now() - this.lastAsked >= REFRESH_EVERY_MS)) this.refresh();
    });
    this.destroyRef.onDestroy(() => this.inFlight?.unsubscribe());
  }

  /** Asks the API again (the refresh button, the timer); a call still in flight is not doubled. */
  protected refresh(): void {
    if (this.inFlight && !this.inFlight.closed) return;
    this.lastAsked = Date.now();
    this.refreshing.set(true);
    this.inFlight = this.api.get('/api/v1/ops/overview', {}).subscribe({
      next: (report) => {
        this.refreshing.set(false);
        this.problem.set(null);
        this.view.set(toOpsView(report));
      },
      error: (err: unknown) => {
        this.refreshing.set(false);
        if (err instanceof ApiError && err.status === 403) {
          this.forbidden.set(true);
          return;
        }
        this.problem.set(describeError(err));
      },
    });
  }

}
