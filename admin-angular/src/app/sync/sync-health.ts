import { DatePipe } from '@angular/common';
import { Component, inject, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTableModule } from '@angular/material/table';
import type { Data } from '@dmh/api-client';
import { TranslocoDirective } from '@jsverse/transloco';
import { Api } from '../core/api/api.service';
import { describeError, type Message } from '../core/errors/error-messages';

type Health = Data<'/api/v1/sync/health', 'get'>;

/** The worker's health check of every target the admin may see, the circuit breakers, the queue and its lag. */
@Component({
  selector: 'app-sync-health',
  imports: [DatePipe, MatButtonModule, MatIconModule, MatTableModule, TranslocoDirective],
  templateUrl: './sync-health.html',
  styleUrls: ['../shared/list/list-page.scss', './sync.scss'],
})
export class SyncHealth implements OnInit {
  private readonly api = inject(Api);
  protected readonly health = signal<Health | null>(null);
  protected readonly problem = signal<Message | null>(null);
  protected readonly checking = signal(false);
  protected readonly columns = ['target', 'kind', 'status', 'latency', 'circuit', 'error'];

  ngOnInit(): void {
    this.check();
  }

  protected check(): void {
    this.checking.set(true);
    this.problem.set(null);
    this.api.get('/api/v1/sync/health', {}).subscribe({
      next: (h) => {
        this.checking.set(false);
        this.health.set(h);
      },
      error: (err: unknown) => {
        this.checking.set(false);
        this.problem.set(describeError(err));
      },
    });
  }
}
