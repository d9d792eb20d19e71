import { DatePipe } from '@angular/common';
import { Component, inject, input, OnInit, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { Api } from '../../core/api/api.service';
import { describeError, type Message } from '../../core/errors/error-messages';
import { applyFieldErrors, serverMessages } from '../../shared/form-errors';
import { permission } from '../../shared/permissions';
import { type MemberDetail as Detail, type MemberTag, PROFILE_FIELDS, type ProfileForm, profileChanges, profileForm } from '../member-rules';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** One member: the profile (editable with member:write), tags (add / remove), brand links, orders and rewards. */
@Component({
  selector: 'app-member-detail',
  imports: [
    DatePipe, ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatSelectModule, MatTableModule,
    TranslocoDirective,
  ],
  templateUrl: './member-detail.html',
  styleUrls: ['../../shared/list/list-page.scss', './member-detail.scss'],
})
export class MemberDetail implements OnInit {
  readonly id = input.required<string>();
  private readonly api = inject(Api);
  private readonly snack = inject(MatSnackBar);
  private readonly i18n = inject(TranslocoService);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly canWrite = permission('member:write');
  protected readonly serverMessages = serverMessages;
  protected readonly member = signal<Detail | null>(null);
  protected readonly loadProblem = signal<Message | null>(null);
  protected readonly saveProblem = signal<Message | null>(null);
  protected readonly saving = signal(false);
  protected readonly allTags = signal<MemberTag[]>([]);
  protected readonly tagToAdd = signal('');
  private original: ProfileForm | null = null;

  protected readonly form = this.fb.group({
    nickname: this.fb.control('', Validators.maxLength(100)),
    gender: this.fb.control('', Validators.maxLength(10)),
    status: this.fb.control<'active' | 'disabled'>('active'),
    realName: this.fb.control('', Validators.maxLength(50)),
    birthday: this.fb.control('', Validators.pattern(DATE)),
    city: this.fb.control('', Validators.maxLength(50)),
    address: this.fb.control('', Validators.maxLength(255)),
  });

  ngOnInit(): void {
    this.load();
    this.api.get('/api/v1/members/tags', { query: { page: 1, pageSize: 100 } }).subscribe({ next: (p) => this.allTags.set(p.items), error: () => undefined });
  }

  protected load(): void {
    this.loadProblem.set(null);
    this.api.get('/api/v1/members/{id}', { params: { id: this.id() } }).subscribe({
      next: (m) => this.show(m),
      error: (err: unknown) => this.loadProblem.set(describeError(err)),
    });
  }

  protected save(): void {
    this.form.markAllAsTouched();
    if (this.form.invalid || !this.original) return;
    const body = profileChanges(this.original, this.form.getRawValue());
    if (!body) {
      this.saveProblem.set({ key: 'members.detail.nothingChanged' });
      return;
    }
    this.saving.set(true);
    this.saveProblem.set(null);
    this.api.put('/api/v1/members/{id}', { params: { id: this.id() }, body }).subscribe({
      next: (m) => {
        this.saving.set(false);
        this.show(m);
        this.snack.open(this.i18n.translate('members.detail.saved'), this.i18n.translate('common.close'), { duration: 4000 });
      },
      error: (err: unknown) => {
        this.saving.set(false);
        this.saveProblem.set(applyFieldErrors(this.form, err, PROFILE_FIELDS)[0] ?? null);
        if (!this.saveProblem() && !this.form.invalid) this.saveProblem.set(describeError(err));
      },
    });
  }

  protected tagMember(action: 'add' | 'remove', tagId: string): void {
    if (!tagId) return;
    this.api.post('/api/v1/members/tags/bulk', { body: { action, tagIds: [tagId], memberIds: [this.id()] } }).subscribe({
      next: () => {
        this.tagToAdd.set('');
        this.snack.open(this.i18n.translate(action === 'add' ? 'members.detail.tagAdded' : 'members.detail.tagRemoved'), this.i18n.translate('common.close'), { duration: 4000 });
        this.load();
      },
      error: (err: unknown) => {
        const m = describeError(err);
        this.snack.open(this.i18n.translate(m.key, m.params), this.i18n.translate('common.close'), { duration: 8000 });
      },
    });
  }

  protected untagged(m: Detail): MemberTag[] {
    const has = new Set(m.tags.map((t) => t.id));
    return this.allTags().filter((t) => !has.has(t.id) && (t.brandId === null || m.brandIds.includes(t.brandId)));
  }

  private show(m: Detail): void {
    this.member.set(m);
    this.original = profileForm(m);
    this.form.reset(this.original);
    if (!this.canWrite() || m.status === 'merged') this.form.disable();
  }
}
