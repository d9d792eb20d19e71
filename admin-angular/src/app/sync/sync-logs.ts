import { DatePipe } from '@angular/common';
import { Component, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import type { Data } from '@dmh/api-client';
import { TranslocoDirective } from '@jsverse/transloco';
import { Api } from '../core/api/api.service';
import { ListFrame } from '../shared/list/list-frame';
import { compact, PagedList } from '../shared/list/paged-list';
import { LOG_STATUSES } from './sync-rules';

type Log = Data<'/api/v1/sync/logs', 'get'>['items'][number];

/** Every write attempt to a target, newest first: the entity, attempt, result, the driver's error and the time taken. */
@Component({
  selector: 'app-sync-logs',
  imports: [DatePipe, FormsModule, MatFormFieldModule, MatSelectModule, MatTableModule, TranslocoDirective, ListFrame],
  templateUrl: './sync-logs.html',
  styleUrls: ['../shared/list/list-page.scss', './sync.scss'],
})
export class SyncLogs implements OnInit {
  private readonly api = inject(Api);
  protected readonly statuses = LOG_STATUSES;
  protected readonly brands = signal<Array<{ id: string; name: string }>>([]);
  protected brandId = '';
  protected status: (typeof LOG_STATUSES)[number] | '' = '';
  protected entityType: 'order' | 'reward' | '' = '';
  protected readonly columns = ['createdAt', 'entity', 'target', 'attempt', 'status', 'duration', 'error'];
  protected readonly list = new PagedList<Log>(
    (page, pageSize) =>
      this.api.get('/api/v1/sync/logs', { query: { page, pageSize, ...compact({ brandId: this.brandId, status: this.status, entityType: this.entityType }) } }),
    inject(DestroyRef),
  );

  ngOnInit(): void {
    this.api.get('/api/v1/brands', { query: { page: 1, pageSize: 100 } }).subscribe({ next: (p) => this.brands.set(p.items), error: () => undefined });
    this.list.reload();
  }

  protected filtered(): boolean {
    return !!(this.brandId || this.status || this.entityType);
  }

  protected clear(): void {
    this.brandId = '';
    this.status = '';
    this.entityType = '';
    this.list.restart();
  }
}
