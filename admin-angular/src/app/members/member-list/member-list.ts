import { DatePipe } from '@angular/common';
import { Component, computed, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { debounceTime } from 'rxjs';
import { Api } from '../../core/api/api.service';
import { AuthService } from '../../core/auth/auth.service';
import { describeError } from '../../core/errors/error-messages';
import { applyFieldErrors, serverMessages } from '../../shared/form-errors';
import { ListFrame } from '../../shared/list/list-frame';
import { compact, PagedList } from '../../shared/list/paged-list';
import { permission } from '../../shared/permissions';
import { BulkTagDialog, type BulkTagData } from '../dialogs/bulk-tag-dialog';
import { MergeDialog, type MergeData } from '../dialogs/merge-dialog';
import { TagManagerDialog } from '../dialogs/tag-manager-dialog';
import { MemberExports } from '../member-exports.service';
import { type ExportJob, exportPercent, MEMBER_STATUSES, type MemberSummary, type MemberTag } from '../member-rules';

const FILTER_FIELDS = { keyword: 'query.keyword', tagId: 'query.tagId', brandId: 'query.brandId', status: 'query.status' };

/**
 * Members of the admin's brands (the API scopes them), filtered on the server by keyword, tag, brand and
 * status; a selection can be tagged or untagged at once, or two of them merged; the filtered list can be
 * exported (CSV or XLSX) with its progress and a download once done.
 */
@Component({
  selector: 'app-member-list',
  imports: [
    DatePipe, ReactiveFormsModule, RouterLink, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatIconModule, MatInputModule, MatMenuModule,
    MatProgressBarModule, MatSelectModule, MatTableModule, TranslocoDirective, ListFrame,
  ],
  templateUrl: './member-list.html',
  styleUrls: ['../../shared/list/list-page.scss', './member-list.scss'],
})
export class MemberList implements OnInit {
  private readonly api = inject(Api);
  private readonly auth = inject(AuthService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly dialog = inject(MatDialog);
  private readonly snack = inject(MatSnackBar);
  private readonly i18n = inject(TranslocoService);
  protected readonly exports = inject(MemberExports);
  protected readonly canWrite = permission('member:write');
  protected readonly statuses = MEMBER_STATUSES;
  protected readonly serverMessages = serverMessages;
  protected readonly exportPercent = exportPercent;

  protected readonly filtersForm = inject(NonNullableFormBuilder).group({ keyword: '', tagId: '', brandId: '', status: '' });
  protected readonly filtered = signal(false);
  protected readonly tags = signal<MemberTag[]>([]);
  protected readonly brands = signal<Array<{ id: string; name: string }>>([]);
  protected readonly showBrandFilter = computed(() => this.auth.isPlatformAdmin() || this.brands().length > 1);
  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  protected readonly columns = computed(() => [...(this.canWrite() ? ['select'] : []), 'member', 'phone', 'tags', 'status', 'city', 'createdAt']);
  protected readonly list = new PagedList<MemberSummary>(
    (page, pageSize) => this.api.get('/api/v1/members', { query: { page, pageSize, ...this.query() } }),
    this.destroyRef,
    (err) => applyFieldErrors(this.filtersForm, err, FILTER_FIELDS)[0] ?? null,
  );
  protected readonly allSelected = computed(() => this.list.items().length > 0 && this.list.items().every((m) => this.selected().has(m.id)));

  ngOnInit(): void {
    this.loadTags();
    this.api.get('/api/v1/brands', { query: { page: 1, pageSize: 100 } }).subscribe({ next: (p) => this.brands.set(p.items), error: () => undefined });
    this.filtersForm.valueChanges.pipe(debounceTime(350), takeUntilDestroyed(this.destroyRef)).subscribe(() => this.applyFilters());
    this.list.reload();
  }

  protected toggle(id: string): void {
    this.selected.update((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }

  protected clearSelection(): void {
    this.selected.set(new Set());
  }

  protected toggleAll(): void {
    this.selected.set(this.allSelected() ? new Set() : new Set(this.list.items().map((m) => m.id)));
  }

  protected clearFilters(): void {
    this.filtersForm.reset();
    this.applyFilters();
  }

  protected bulkTag(): void {
    const data: BulkTagData = { memberIds: [...this.selected()], tags: this.tags() };
    this.dialog.open(BulkTagDialog, { data, width: '480px' }).afterClosed().subscribe((done?: { changed: number }) => {
      if (!done) return;
      this.snack.open(this.i18n.translate('members.bulk.done', done), this.i18n.translate('common.close'), { duration: 5000 });
      this.selected.set(new Set());
      this.loadTags();
      this.list.reload();
    });
  }

  protected merge(): void {
    const [a, b] = [...this.selected()];
    const data: MergeData = { ids: [a!, b!] };
    this.dialog.open(MergeDialog, { data, width: '880px', maxWidth: '96vw' }).afterClosed().subscribe((done?: { orders: number }) => {
      if (!done) return;
      this.snack.open(this.i18n.translate('members.merge.done', done), this.i18n.translate('common.close'), { duration: 6000 });
      this.selected.set(new Set());
      this.list.reload();
    });
  }

  protected manageTags(): void {
    this.dialog.open(TagManagerDialog, { width: '640px', maxWidth: '96vw' }).afterClosed().subscribe(() => {
      this.loadTags();
      this.list.reload();
    });
  }

  protected async startExport(format: 'csv' | 'xlsx'): Promise<void> {
    try {
      await this.exports.start({ format, ...this.query() });
    } catch (err) {
      const m = describeError(err);
      this.snack.open(this.i18n.translate(m.key, m.params), this.i18n.translate('common.close'), { duration: 8000 });
    }
  }

  protected async download(job: ExportJob): Promise<void> {
    try {
      await this.exports.download(job);
    } catch (err) {
      const m = describeError(err);
      this.snack.open(this.i18n.translate(m.key, m.params), this.i18n.translate('common.close'), { duration: 8000 });
    }
  }

  private query() {
    const f = this.filtersForm.getRawValue();
    return compact({ keyword: f.keyword.trim(), tagId: f.tagId, brandId: f.brandId, status: f.status as (typeof MEMBER_STATUSES)[number] | '' });
  }

  private applyFilters(): void {
    this.filtered.set(Object.keys(this.query()).length > 0);
    this.selected.set(new Set());
    this.list.restart();
  }

  private loadTags(): void {
    this.api.get('/api/v1/members/tags', { query: { page: 1, pageSize: 100 } }).subscribe({ next: (p) => this.tags.set(p.items), error: () => undefined });
  }
}
