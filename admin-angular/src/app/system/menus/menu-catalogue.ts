import { Component, computed, inject, OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { ERROR_CODES } from '@dmh/api-client';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { concat, firstValueFrom, last, type Observable } from 'rxjs';
import { ConfirmDialog } from '../../campaigns/campaign-editor/confirm-dialog';
import { ApiError } from '../../core/api/api-error';
import { Api } from '../../core/api/api.service';
import { describeError, fieldMessages, type Message } from '../../core/errors/error-messages';
import type { MenuNode } from '../../core/nav/nav-menu';
import { permission } from '../../shared/permissions';
import type { Permission } from '../system-rules';
import { flattenMenus } from '../system-rules';
import {
  descendantsOf, emptyMenuForm, MENU_FIELDS, menuBody, menuFormOf, menuProblems, reorder, siblingsOf, type MenuField, type MenuForm,
} from './menu-rules';

/**
 * The console's menu catalogue (what roles pick their menus from): the tree with each menu's path, icon
 * and permission; add (at the top or under a menu), rename and change, move up or down among its siblings,
 * delete one without children. Checked before sending as the API checks it; the API's refusals beside the
 * field they name. The API has no "hidden" flag: a menu is hidden from a role by not granting it (Roles).
 */
@Component({
  selector: 'app-menu-catalogue',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatSelectModule, RouterLink, TranslocoDirective],
  templateUrl: './menu-catalogue.html',
  styleUrls: ['../../shared/list/list-page.scss', './menu-catalogue.scss'],
})
export class MenuCatalogue implements OnInit {
  private readonly api = inject(Api);
  private readonly dialog = inject(MatDialog);
  private readonly snack = inject(MatSnackBar);
  private readonly i18n = inject(TranslocoService);
  protected readonly canWrite = permission('role:write');
  protected readonly tree = signal<MenuNode[] | null>(null);
  protected readonly rows = computed(() => flattenMenus(this.tree() ?? []));
  protected readonly catalogue = signal<Permission[]>([]);
  protected readonly problem = signal<Message | null>(null);
  protected readonly busy = signal(false);
  /** The menu being edited (null: a new one), and the form; no form open when `editing` is undefined. */
  protected readonly editing = signal<MenuNode | null | undefined>(undefined);
  protected readonly form = signal<MenuForm>(emptyMenuForm());
  protected readonly problems = signal<Partial<Record<MenuField, Message>>>({});
  protected readonly parents = computed(() => {
    const e = this.editing();
    const below = e ? descendantsOf(this.tree() ?? [], e.id) : new Set<string>();
    return this.rows().filter((r) => !e || (r.node.id !== e.id && !below.has(r.node.id)));
  });

  ngOnInit(): void {
    this.api.get('/api/v1/permissions', {}).subscribe({ next: (p) => this.catalogue.set(p), error: () => undefined });
    this.load();
  }

  protected load(): void {
    this.problem.set(null);
    this.tree.set(null);
    this.api.get('/api/v1/menus', {}).subscribe({
      next: (t) => this.tree.set(t),
      error: (err: unknown) => {
        this.tree.set([]);
        this.problem.set(describeError(err));
      },
    });
  }

  protected edit(node: MenuNode | null, parentId = ''): void {
    this.editing.set(node);
    this.form.set(node ? menuFormOf(node) : emptyMenuForm(parentId));
    this.problems.set({});
  }

  protected patch(change: Partial<MenuForm>): void {
    this.form.update((f) => ({ ...f, ...change }));
    const keys = Object.keys(change);
    this.problems.update((p) => Object.fromEntries(Object.entries(p).filter(([k]) => !keys.includes(k))));
  }

  protected save(): void {
    const editing = this.editing();
    if (editing === undefined) return;
    const problems = menuProblems(this.form(), this.tree() ?? [], editing?.id ?? null);
    this.problems.set(problems);
    if (Object.keys(problems).length) return;
    const body = menuBody(this.form());
    const call = editing ? this.api.put('/api/v1/menus/{id}', { params: { id: editing.id }, body }) : this.api.post('/api/v1/menus', { body });
    this.run(call, editing ? 'menus.saved' : 'menus.created', { name: body.name }, true);
  }

  protected move(node: MenuNode, direction: -1 | 1): void {
    const changes = reorder(siblingsOf(this.tree() ?? [], node.parentId), node.id, direction);
    if (!changes.length) return;
    const calls = changes.map(({ node: n, sort }) => this.api.put('/api/v1/menus/{id}', { params: { id: n.id }, body: menuBody({ ...menuFormOf(n), sort }) }));
    this.run(concat(...calls).pipe(last()), 'menus.moved', { name: node.name }, false);
  }

  protected async remove(node: MenuNode): Promise<void> {
    const t = (key: string, params?: object) => this.i18n.translate(key, params);
    const data = { title: t('menus.deleteTitle', { name: node.name }), body: t('menus.deleteBody'), confirm: t('menus.delete'), cancel: t('menus.cancel') };
    const yes = await firstValueFrom(this.dialog.open(ConfirmDialog, { data, width: '420px' }).afterClosed());
    if (yes === true) this.run(this.api.delete('/api/v1/menus/{id}', { params: { id: node.id } }), 'menus.deleted', { name: node.name }, true);
  }

  protected permissionName(code: string | null): string {
    return code ? (this.catalogue().find((p) => p.code === code)?.name ?? code) : '';
  }

  private run(call: Observable<unknown>, done: string, params: object, closeForm: boolean): void {
    this.busy.set(true);
    this.problem.set(null);
    call.subscribe({
      next: () => undefined,
      complete: () => {
        this.busy.set(false);
        if (closeForm) this.editing.set(undefined);
        this.snack.open(this.i18n.translate(done, params), this.i18n.translate('common.close'), { duration: 4000 });
        this.load();
      },
      error: (err: unknown) => {
        this.busy.set(false);
        const byField = fieldMessages(err, MENU_FIELDS);
        this.problems.set(Object.fromEntries(Object.entries(byField).filter(([k]) => k).map(([k, m]) => [k, m[0]])));
        // A business refusal names its field too (MENU_CODE_TAKEN has none): beside the code.
        if (err instanceof ApiError && err.code === ERROR_CODES.MENU_CODE_TAKEN.code && !byField['code']) this.problems.update((p) => ({ ...p, code: describeError(err) }));
        if (!(err instanceof ApiError) || !err.fields.length) this.problem.set(describeError(err));
        else if (byField['']?.[0]) this.problem.set(byField[''][0]);
      },
    });
  }
}
