import { DatePipe, JsonPipe } from '@angular/common';
import { Component, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatTableModule } from '@angular/material/table';
import type { Data } from '@dmh/api-client';
import { TranslocoDirective } from '@jsverse/transloco';
import { Api } from '../../core/api/api.service';
import { describeError, type Message } from '../../core/errors/error-messages';
import { ListFrame } from '../../shared/list/list-frame';
import { compact, PagedList } from '../../shared/list/paged-list';
import { permission } from '../../shared/permissions';
import { chainVerdict, type ChainReport, changedFields } from '../system-rules';

type Entry = Data<'/api/v1/audit-logs', 'get'>['items'][number];

/** The tamper-evident audit log (a brand admin sees its brands' entries), filtered by resource and action; the chain verified on demand. */
@Component({
  selector: 'app-audit-log',
  imports: [DatePipe, JsonPipe, FormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatTableModule, TranslocoDirective, ListFrame],
  templateUrl: './audit-log.html',
  styleUrl: '../../shared/list/list-page.scss',
  styles: '.change { max-width: 420px; } .change pre { white-space: pre-wrap; word-break: break-all; font-size: 12px; max-height: 240px; overflow: auto; } .verdict { display: flex; gap: 8px; align-items: center; }',
})
export class AuditLog implements OnInit {
  private readonly api = inject(Api);
  protected readonly canVerify = permission('audit:verify');
  protected resource = '';
  protected action = '';
  protected readonly verifying = signal(false);
  protected readonly report = signal<ChainReport | null>(null);
  protected readonly verifyProblem = signal<Message | null>(null);
  protected readonly verdict = chainVerdict;
  protected readonly changed = changedFields;
  protected readonly columns = ['at', 'who', 'what', 'change', 'hash'];
  protected readonly list = new PagedList<Entry>(
    (page, pageSize) => this.api.get('/api/v1/audit-logs', { query: { page, pageSize, ...compact({ resource: this.resource.trim(), action: this.action.trim() }) } }),
    inject(DestroyRef),
  );

  ngOnInit(): void {
    this.list.reload();
  }

  protected filtered(): boolean {
    return !!(this.resource.trim() || this.action.trim());
  }

  protected clear(): void {
    this.resource = '';
    this.action = '';
    this.list.restart();
  }

  protected verify(): void {
    this.verifying.set(true);
    this.report.set(null);
    this.verifyProblem.set(null);
    this.api.get('/api/v1/audit-logs/verify', {}).subscribe({
      next: (r) => {
        this.verifying.set(false);
        this.report.set(r);
      },
      error: (err: unknown) => {
        this.verifying.set(false);
        this.verifyProblem.set(describeError(err));
      },
    });
  }
}
