import { DatePipe } from '@angular/common';
import { Component, computed, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { debounceTime } from 'rxjs';
import { Api } from '../../core/api/api.service';
import { AuthService } from '../../core/auth/auth.service';
import { describeError } from '../../core/errors/error-messages';
import { ListFrame } from '../../shared/list/list-frame';
import { compact, PagedList } from '../../shared/list/paged-list';
import { permission } from '../../shared/permissions';
import { type User, type UserAction, userActions } from '../system-rules';
import { UserDialog, type UserDialogData } from './user-dialog';

/** Console accounts, filtered by keyword, status and role; create one, change its roles and brands, disable, enable, unlock. */
@Component({
  selector: 'app-user-list',
  imports: [
    DatePipe, ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatMenuModule, MatSelectModule, MatTableModule,
    TranslocoDirective, ListFrame,
  ],
  templateUrl: './user-list.html',
  styleUrl: '../../shared/list/list-page.scss',
})
export class UserList implements OnInit {
  private readonly api = inject(Api);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly snack = inject(MatSnackBar);
  private readonly i18n = inject(TranslocoService);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly canWrite = permission('user:write');
  protected readonly roles = signal<Array<{ code: string; name: string }>>([]);
  protected readonly brands = signal<Array<{ id: string; name: string }>>([]);
  protected readonly brandName = computed(() => new Map(this.brands().map((b) => [b.id, b.name])));
  protected readonly roleName = computed(() => new Map(this.roles().map((r) => [r.code, r.name])));
  protected readonly filtersForm = inject(NonNullableFormBuilder).group({ keyword: '', status: '', role: '' });
  protected readonly filtered = signal(false);
  protected readonly columns = computed(() => ['user', 'roles', 'brands', 'status', 'lastLogin', ...(this.canWrite() ? ['actions'] : [])]);
  protected readonly list = new PagedList<User>((page, pageSize) => {
    const f = this.filtersForm.getRawValue();
    const status = f.status as 'active' | 'disabled' | 'locked' | '';
    return this.api.get('/api/v1/users', { query: { page, pageSize, ...compact({ keyword: f.keyword.trim(), status, role: f.role }) } });
  }, this.destroyRef);

  ngOnInit(): void {
    this.api.get('/api/v1/roles', {}).subscribe({ next: (r) => this.roles.set(r), error: () => undefined });
    this.api.get('/api/v1/brands', { query: { page: 1, pageSize: 100 } }).subscribe({ next: (p) => this.brands.set(p.items), error: () => undefined });
    this.filtersForm.valueChanges.pipe(debounceTime(350), takeUntilDestroyed(this.destroyRef)).subscribe(() => {
      const f = this.filtersForm.getRawValue();
      this.filtered.set(!!(f.keyword.trim() || f.status || f.role));
      this.list.restart();
    });
    this.list.reload();
  }

  protected actions(u: User): UserAction[] {
    return userActions(u, this.auth.me()?.userId ?? null);
  }

  protected clearFilters(): void {
    this.filtersForm.reset();
  }

  protected open(user: User | null): void {
    const data: UserDialogData = { user, roles: this.roles(), brands: this.brands() };
    this.dialog.open(UserDialog, { data, width: '640px', maxWidth: '96vw', autoFocus: 'first-tabbable' }).afterClosed().subscribe((done?: string) => {
      if (!done) return;
      this.snack.open(this.i18n.translate(user ? 'system.users.updated' : 'system.users.created', { name: done }), this.i18n.translate('common.close'), { duration: 5000 });
      this.list.reload();
    });
  }

  protected act(user: User, action: UserAction): void {
    const params = { params: { id: user.id } };
    const call =
      action === 'disable' ? this.api.post('/api/v1/users/{id}/disable', params)
      : action === 'enable' ? this.api.post('/api/v1/users/{id}/enable', params)
      : this.api.post('/api/v1/users/{id}/unlock', params);
    call.subscribe({
      next: () => {
        this.snack.open(this.i18n.translate(`system.users.done.${action}`, { name: user.username }), this.i18n.translate('common.close'), { duration: 5000 });
        this.list.reload();
      },
      error: (err: unknown) => {
        const m = describeError(err);
        this.snack.open(this.i18n.translate(m.key, m.params), this.i18n.translate('common.close'), { duration: 8000 });
      },
    });
  }
}
