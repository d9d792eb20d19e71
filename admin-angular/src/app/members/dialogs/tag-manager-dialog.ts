import { Component, computed, inject, OnInit, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoDirective } from '@jsverse/transloco';
import { Api } from '../../core/api/api.service';
import { AuthService } from '../../core/auth/auth.service';
import { describeError, type Message } from '../../core/errors/error-messages';
import { applyFieldErrors, serverMessages } from '../../shared/form-errors';
import type { MemberTag } from '../member-rules';

const TAG_FIELDS = { name: 'body.name', color: 'body.color', brandId: 'body.brandId' };

/** The brand's member tags: create (name, colour, brand), rename or recolour in place, delete after a confirmation. */
@Component({
  selector: 'app-tag-manager-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatIconModule, MatInputModule, MatSelectModule, TranslocoDirective],
  templateUrl: './tag-manager-dialog.html',
  styles: `
    .row { display: flex; gap: 8px; align-items: center; padding: 4px 0; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .row .name { flex: 1; }
    .swatch { width: 14px; height: 14px; border-radius: 50%; display: inline-block; background: var(--mat-sys-outline); }
    form { display: flex; flex-wrap: wrap; gap: 8px; align-items: flex-start; margin-bottom: 12px; }
    .ok { color: #0d5a1e; }
  `,
})
export class TagManagerDialog implements OnInit {
  private readonly api = inject(Api);
  private readonly auth = inject(AuthService);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly serverMessages = serverMessages;
  protected readonly tags = signal<MemberTag[] | null>(null);
  protected readonly brands = signal<Array<{ id: string; name: string }>>([]);
  protected readonly isPlatformAdmin = this.auth.isPlatformAdmin;
  protected readonly problem = signal<Message | null>(null);
  protected readonly notice = signal<Message | null>(null);
  protected readonly editing = signal<string | null>(null);
  protected readonly confirmingDelete = signal<string | null>(null);
  protected readonly brandName = computed(() => new Map(this.brands().map((b) => [b.id, b.name])));
  protected readonly form = this.fb.group({
    name: this.fb.control('', [Validators.required, Validators.maxLength(50)]),
    color: this.fb.control('#1e88e5', Validators.pattern(/^#[0-9a-fA-F]{6}$/)),
    brandId: this.fb.control(''),
  });
  protected readonly renameForm = this.fb.group({ name: this.fb.control('', [Validators.required, Validators.maxLength(50)]) });

  ngOnInit(): void {
    this.api.get('/api/v1/brands', { query: { page: 1, pageSize: 100 } }).subscribe({
      next: (p) => {
        this.brands.set(p.items);
        if (!this.isPlatformAdmin() && p.items[0]) this.form.controls.brandId.setValue(p.items[0].id);
      },
      error: () => undefined,
    });
    this.load();
  }

  protected create(): void {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    this.problem.set(null);
    this.api.post('/api/v1/members/tags', { body: { name: v.name.trim(), color: v.color || undefined, brandId: v.brandId || undefined } }).subscribe({
      next: (tag) => {
        this.notice.set({ key: 'members.tags.created', params: { name: tag.name } });
        this.form.controls.name.reset('');
        this.load();
      },
      error: (err: unknown) => this.problem.set(applyFieldErrors(this.form, err, TAG_FIELDS)[0] ?? (hasFieldErrors(err) ? null : describeError(err))),
    });
  }

  protected startRename(tag: MemberTag): void {
    this.editing.set(tag.id);
    this.renameForm.setValue({ name: tag.name });
  }

  protected rename(tag: MemberTag): void {
    if (this.renameForm.invalid) return;
    this.api.put('/api/v1/members/tags/{id}', { params: { id: tag.id }, body: { name: this.renameForm.getRawValue().name.trim() } }).subscribe({
      next: (t) => {
        this.editing.set(null);
        this.notice.set({ key: 'members.tags.renamed', params: { name: t.name } });
        this.load();
      },
      error: (err: unknown) => this.problem.set(applyFieldErrors(this.renameForm, err, { name: 'body.name' })[0] ?? describeError(err)),
    });
  }

  protected remove(tag: MemberTag): void {
    this.api.delete('/api/v1/members/tags/{id}', { params: { id: tag.id } }).subscribe({
      next: (r) => {
        this.confirmingDelete.set(null);
        this.notice.set({ key: 'members.tags.deleted', params: { name: tag.name, count: r.unlinkedMembers } });
        this.load();
      },
      error: (err: unknown) => this.problem.set(describeError(err)),
    });
  }

  private load(): void {
    this.api.get('/api/v1/members/tags', { query: { page: 1, pageSize: 100 } }).subscribe({
      next: (p) => this.tags.set(p.items),
      error: (err: unknown) => this.problem.set(describeError(err)),
    });
  }
}

function hasFieldErrors(err: unknown): boolean {
  return typeof err === 'object' && err !== null && 'fields' in err && Array.isArray(err.fields) && err.fields.length > 0;
}
