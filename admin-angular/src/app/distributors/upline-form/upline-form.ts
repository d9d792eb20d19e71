import { Component, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { catchError, debounceTime, distinctUntilChanged, filter, map, of, switchMap } from 'rxjs';
import { Api } from '../../core/api/api.service';
import type { Message } from '../../core/errors/error-messages';
import type { TreeNode } from '../tree/tree-state';
import { type UplineChoice, uplineProblem, uplineRefusal } from '../tree/upline-rules';

/**
 * Moves a distributor (with its team) under another distributor of the brand, found by typing, or to the top.
 * Checked before sending by the API's rules (itself or its own team, inactive, too deep); the API's refusal
 * lands beside the same field. Emits the distributor as it is after the move.
 */
@Component({
  selector: 'app-upline-form',
  imports: [MatAutocompleteModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, ReactiveFormsModule, TranslocoDirective],
  templateUrl: './upline-form.html',
  styleUrl: '../node-detail/node-detail.scss',
})
export class UplineForm {
  private readonly api = inject(Api);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  readonly node = input.required<TreeNode>();
  readonly brandId = input.required<string>();
  readonly moved = output<TreeNode>();

  protected readonly parent = new FormControl<string | TreeNode>('', { nonNullable: true });
  protected readonly toTop = new FormControl(false, { nonNullable: true });
  protected readonly form = new FormGroup({ parent: this.parent, toTop: this.toTop });
  protected readonly options = signal<TreeNode[]>([]);
  protected readonly problem = signal<Message | null>(null);
  protected readonly banner = signal<Message | null>(null);
  protected readonly sending = signal(false);

  constructor() {
    this.parent.valueChanges
      .pipe(
        map((v) => (typeof v === 'string' ? v.trim() : null)),
        filter((q): q is string => q !== null),
        debounceTime(250),
        distinctUntilChanged(),
        switchMap((q) =>
          q.length === 0 || q.length > 50
            ? of([])
            : this.api.get('/api/v1/distributor/tree', { query: { brandId: this.brandId(), q, page: 1, pageSize: 10 } }).pipe(
                map((page) => page.items),
                catchError(() => of([])), // no suggestions; the search box says nothing more, the move itself still answers
              ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((items) => this.options.set(items));
    this.parent.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.problem.set(null));
    this.toTop.valueChanges.pipe(takeUntilDestroyed()).subscribe((top) => {
      this.problem.set(null);
      if (top) this.parent.disable({ emitEvent: false });
      else this.parent.enable({ emitEvent: false });
    });
  }

  protected display = (v: string | TreeNode | null): string => (v && typeof v !== 'string' ? `${v.realName || v.username} · #${v.id}` : (v ?? ''));

  protected moveDistributor(): void {
    const node = this.node();
    const value = this.parent.getRawValue();
    const choice: UplineChoice = this.toTop.value ? { kind: 'top' } : typeof value === 'string' ? null : { kind: 'parent', node: value };
    const problem = uplineProblem(node, choice);
    this.banner.set(null);
    if (problem) {
      this.problem.set({ key: `distributors.move.${problem}`, params: { name: node.username } });
      return;
    }
    const parentId = choice?.kind === 'parent' ? choice.node.id : null;
    this.sending.set(true);
    this.api
      .post('/api/v1/distributor/{id}/upline', { params: { id: node.id }, body: { parentId } })
      .pipe(switchMap((answer) => this.reread(node.id).pipe(map((fresh) => ({ answer, fresh })))))
      .subscribe({
        next: ({ answer, fresh }) => {
          this.sending.set(false);
          const notice = answer.applied
            ? this.transloco.translate('distributors.move.moved', { name: node.username, team: answer.team })
            : this.transloco.translate('distributors.move.unchanged');
          this.snackBar.open(notice, this.transloco.translate('common.close'), { duration: 4_000 });
          this.parent.setValue('');
          this.toTop.setValue(false);
          this.moved.emit(fresh ?? node);
        },
        error: (err: unknown) => {
          this.sending.set(false);
          const refusal = uplineRefusal(err);
          this.problem.set(refusal.field ? { ...refusal.field, params: { ...refusal.field.params, name: node.username } } : null);
          this.banner.set(refusal.banner);
        },
      });
  }

  /** The distributor as the tree shows it now (level, upline, counts). */
  private reread(id: string) {
    return this.api.get('/api/v1/distributor/tree', { query: { brandId: this.brandId(), q: id, page: 1, pageSize: 10 } }).pipe(
      map((page) => page.items.find((n) => n.id === id) ?? null),
      catchError(() => of(null)),
    );
  }
}
