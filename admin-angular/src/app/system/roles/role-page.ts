import { Component, computed, inject, OnInit, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatListModule } from '@angular/material/list';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import type { Data } from '@dmh/api-client';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { Observable } from 'rxjs';
import { ApiError } from '../../core/api/api-error';
import { Api } from '../../core/api/api.service';
import { describeError, type Message } from '../../core/errors/error-messages';
import type { MenuNode } from '../../core/nav/nav-menu';
import { applyFieldErrors, serverMessages } from '../../shared/form-errors';
import { permission } from '../../shared/permissions';
import { flattenMenus, groupPermissions, type Permission, toggled } from '../system-rules';

type Role = Data<'/api/v1/roles', 'get'>[number];
type RoleDetail = Data<'/api/v1/roles/{id}', 'get'>;

/**
 * Roles on the left; the chosen role's permissions (grouped by resource) and console menus on the right,
 * each saved on its own. A new role: code and name. Built-in roles' grants are the API's to refuse, in words.
 */
@Component({
  selector: 'app-role-page',
  imports: [
    ReactiveFormsModule, RouterLink, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatIconModule, MatInputModule, MatListModule, TranslocoDirective,
  ],
  templateUrl: './role-page.html',
  styleUrls: ['../../shared/list/list-page.scss', './role-page.scss'],
})
export class RolePage implements OnInit {
  private readonly api = inject(Api);
  private readonly snack = inject(MatSnackBar);
  private readonly i18n = inject(TranslocoService);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly canWrite = permission('role:write');
  protected readonly serverMessages = serverMessages;
  protected readonly roles = signal<Role[] | null>(null);
  protected readonly catalogue = signal<Permission[]>([]);
  protected readonly menus = signal<MenuNode[]>([]);
  protected readonly role = signal<RoleDetail | null>(null);
  protected readonly perms = signal<string[]>([]);
  protected readonly menuIds = signal<string[]>([]);
  protected readonly problem = signal<Message | null>(null);
  protected readonly busy = signal(false);
  protected readonly groups = computed(() => groupPermissions(this.catalogue()));
  protected readonly menuRows = computed(() => flattenMenus(this.menus()));
  protected readonly createForm = this.fb.group({
    code: this.fb.control('', [Validators.required, Validators.pattern(/^[a-z][a-z0-9_]{1,49}$/)]),
    name: this.fb.control('', [Validators.required, Validators.maxLength(100)]),
  });

  ngOnInit(): void {
    this.api.get('/api/v1/permissions', {}).subscribe({ next: (p) => this.catalogue.set(p), error: () => undefined });
    this.api.get('/api/v1/menus', {}).subscribe({ next: (m) => this.menus.set(m), error: () => undefined });
    this.loadRoles();
  }

  protected pick(id: string): void {
    this.problem.set(null);
    this.api.get('/api/v1/roles/{id}', { params: { id } }).subscribe({
      next: (r) => this.show(r),
      error: (err: unknown) => this.problem.set(describeError(err)),
    });
  }

  protected setPerm(code: string, on: boolean): void {
    this.perms.update((v) => toggled(v, code, on));
  }

  protected setMenu(id: string, on: boolean): void {
    this.menuIds.update((v) => toggled(v, id, on));
  }

  protected savePermissions(): void {
    const r = this.role();
    if (!r) return;
    this.run(this.api.put('/api/v1/roles/{id}/permissions', { params: { id: r.id }, body: { permissions: this.perms() } }), 'system.roles.permissionsSaved');
  }

  protected saveMenus(): void {
    const r = this.role();
    if (!r) return;
    this.run(this.api.put('/api/v1/roles/{id}/menus', { params: { id: r.id }, body: { menuIds: this.menuIds() } }), 'system.roles.menusSaved');
  }

  protected create(): void {
    this.createForm.markAllAsTouched();
    if (this.createForm.invalid) return;
    const v = this.createForm.getRawValue();
    this.api.post('/api/v1/roles', { body: { code: v.code, name: v.name.trim() } }).subscribe({
      next: (r) => {
        this.createForm.reset();
        this.snack.open(this.i18n.translate('system.roles.created', { name: r.name }), this.i18n.translate('common.close'), { duration: 4000 });
        this.loadRoles();
        this.show(r);
      },
      error: (err: unknown) => {
        const unshown = applyFieldErrors(this.createForm, err, { code: 'body.code', name: 'body.name' });
        const hasFields = err instanceof ApiError && err.fields.length > 0;
        this.problem.set(unshown[0] ?? (hasFields ? null : describeError(err)));
      },
    });
  }

  private run(call: Observable<RoleDetail>, done: string): void {
    this.busy.set(true);
    this.problem.set(null);
    call.subscribe({
      next: (r) => {
        this.busy.set(false);
        this.show(r);
        this.snack.open(this.i18n.translate(done), this.i18n.translate('common.close'), { duration: 4000 });
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.problem.set(describeError(err));
      },
    });
  }

  private show(r: RoleDetail): void {
    this.role.set(r);
    this.perms.set(r.permissions);
    this.menuIds.set(r.menuIds);
  }

  private loadRoles(): void {
    this.api.get('/api/v1/roles', {}).subscribe({
      next: (r) => {
        this.roles.set(r);
        if (!this.role() && r[0]) this.pick(r[0].id);
      },
      error: (err: unknown) => this.problem.set(describeError(err)),
    });
  }
}
