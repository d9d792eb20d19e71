import { Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Location } from '@angular/common';
import { RouterLink } from '@angular/router';
import type { Data, FieldError } from '@dmh/api-client';
import { provideTranslocoScope, TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom, type Observable } from 'rxjs';
import { ApiError } from '../../core/api/api-error';
import { Api } from '../../core/api/api.service';
import { AuthService } from '../../core/auth/auth.service';
import { describeError, type Message } from '../../core/errors/error-messages';
import { serverMessages } from '../../shared/form-errors';
import { FormBuilderStore } from '../form-builder/form-builder.store';
import { FormBuilder } from '../form-builder/form-builder';
import { type AdminCampaign, API_FIELDS, bodyOf, campaignProblems, type CampaignFormValue, emptyForm, formOf, rewardLevelsOf } from './campaign-form';
import { placeProblems, problemMessage } from './campaign-problems';
import { ConfirmDialog, type ConfirmData } from './confirm-dialog';

type Brand = Data<'/api/v1/brands', 'get'>['items'][number];
type LoadState = { kind: 'loading' } | { kind: 'error'; message: Message } | { kind: 'ready' };

/**
 * /campaigns/new and /campaigns/:id/edit: a campaign's fields, its reward levels and its sign-up form (the
 * builder), checked before sending by the rules the API applies, the API's own refusals beside the field
 * they name; saved as a draft, then published or unpublished after a confirmation.
 */
@Component({
  selector: 'app-campaign-editor',
  imports: [
    ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatProgressBarModule, MatSelectModule,
    TranslocoDirective, FormBuilder,
  ],
  providers: [FormBuilderStore, provideTranslocoScope('campaign-editor')],
  templateUrl: './campaign-editor.html',
  styleUrl: './campaign-editor.scss',
})
export class CampaignEditor implements OnInit {
  /** The route's `:id`; absent on /campaigns/new. */
  readonly id = input<string>();

  private readonly api = inject(Api);
  private readonly auth = inject(AuthService);
  private readonly location = inject(Location);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(TranslocoService);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly builder = inject(FormBuilderStore);
  protected readonly serverMessages = serverMessages;

  protected readonly form = this.fb.group({
    name: [''], brandId: [''], price: [''], quota: [''], startTime: [''], endTime: [''], description: [''],
    rewards: this.fb.array([1, 2, 3].map(() => this.fb.group({ mode: this.fb.control<'none' | 'fixed' | 'percent'>('none'), value: [''] }))),
  });
  protected readonly load = signal<LoadState>({ kind: 'loading' });
  protected readonly campaign = signal<AdminCampaign | null>(null);
  protected readonly brands = signal<Brand[]>([]);
  protected readonly busy = signal<'save' | 'publish' | 'unpublish' | null>(null);
  /** Problems no input shows (the rewards' total, anything unexpected), and failures in words. */
  protected readonly banner = signal<Message[]>([]);
  protected readonly rewardProblems = signal<Message[]>([]);
  /** Set once a new campaign is saved: the page goes on editing it (its address becomes /campaigns/:id/edit). */
  private readonly createdId = signal<string | null>(null);
  protected readonly campaignId = computed(() => this.id() ?? this.createdId());
  protected readonly creating = computed(() => !this.campaignId());
  protected readonly singleBrand = computed(() => (!this.auth.isPlatformAdmin() && this.brands().length === 1 ? this.brands()[0] : null));
  protected readonly levels = [1, 2, 3];

  ngOnInit(): void {
    this.api.get('/api/v1/brands', { query: { page: 1, pageSize: 100 } }).subscribe({
      next: (page) => {
        this.brands.set(page.items);
        if (this.creating() && page.items.length === 1) this.form.controls.brandId.setValue(page.items[0].id);
      },
      error: () => this.brands.set([]),
    });
    this.reload();
  }

  protected reload(): void {
    const id = this.campaignId();
    if (!id) {
      this.form.reset(emptyForm());
      this.builder.load([]);
      this.load.set({ kind: 'ready' });
      return;
    }
    this.load.set({ kind: 'loading' });
    this.api.get('/api/v1/campaigns/{id}', { params: { id } }).subscribe({
      next: (c) => (c.view === 'admin' ? this.show(c) : this.load.set({ kind: 'error', message: { key: 'errors.NOT_FOUND' } })),
      error: (err: unknown) => this.load.set({ kind: 'error', message: describeError(err) }),
    });
  }

  protected brandName(id: string): string {
    return this.brands().find((b) => b.id === id)?.name ?? (id ? `#${id}` : '');
  }

  /** Saves as it is (a new campaign as a draft); true when the API took it. */
  protected async save(): Promise<boolean> {
    this.banner.set([]);
    this.rewardProblems.set([]);
    const value = this.form.getRawValue() as CampaignFormValue;
    const local = campaignProblems(value, this.creating());
    if (local.length > 0 || !this.builder.valid()) {
      this.showProblems(local);
      if (!this.builder.valid()) this.banner.update((b) => [...b, { key: 'campaignEditor.formHasProblems' }]);
      return false;
    }
    const body = bodyOf(value, this.builder.definition());
    const id = this.campaignId();
    this.busy.set('save');
    try {
      const saved = id
        ? await firstValueFrom(this.api.put('/api/v1/campaigns/{id}', { params: { id }, body }))
        : await firstValueFrom(this.api.post('/api/v1/campaigns', { body: { ...body, brandId: value.brandId } }));
      this.snackBar.open(this.i18n.translate('campaignEditor.saved'), undefined, { duration: 3000 });
      this.show(saved);
      if (!id) {
        this.createdId.set(saved.id);
        this.location.replaceState(`/campaigns/${saved.id}/edit`);
      }
      return true;
    } catch (err) {
      this.failed(err);
      return false;
    } finally {
      this.busy.set(null);
    }
  }

  /** After a confirmation: saves unsaved changes first, then opens the campaign for sign-up. */
  protected async publish(): Promise<void> {
    if (!(await this.confirm('publish'))) return;
    if ((this.form.dirty || this.creating()) && !(await this.save())) return;
    await this.changeStatus('publish', (id) => this.api.post('/api/v1/campaigns/{id}/publish', { params: { id } }));
  }

  protected async unpublish(): Promise<void> {
    if (!(await this.confirm('unpublish'))) return;
    await this.changeStatus('unpublish', (id) => this.api.post('/api/v1/campaigns/{id}/unpublish', { params: { id } }));
  }

  private async changeStatus(action: 'publish' | 'unpublish', call: (id: string) => Observable<AdminCampaign>): Promise<void> {
    const id = this.campaign()?.id;
    if (!id) return;
    this.banner.set([]);
    this.busy.set(action);
    try {
      this.show(await firstValueFrom(call(id)));
      this.snackBar.open(this.i18n.translate(`campaignEditor.${action}ed`), undefined, { duration: 3000 });
    } catch (err) {
      this.failed(err);
    } finally {
      this.busy.set(null);
    }
  }

  private confirm(action: 'publish' | 'unpublish'): Promise<boolean> {
    const t = (key: string) => this.i18n.translate(`campaignEditor.confirm.${key}`);
    const data: ConfirmData = { title: t(`${action}Title`), body: t(`${action}Body`), confirm: t(action), cancel: t('cancel') };
    return firstValueFrom(this.dialog.open(ConfirmDialog, { data, width: '420px' }).afterClosed()).then((yes) => yes === true);
  }

  private show(c: AdminCampaign): void {
    this.campaign.set(c);
    this.form.reset(formOf(c));
    this.builder.load(c.formFields);
    this.load.set({ kind: 'ready' });
  }

  private failed(err: unknown): void {
    if (err instanceof ApiError && err.fields.length > 0) {
      this.builder.setServerProblems(err.fields);
      this.showProblems(err.fields.filter((p) => !p.field.startsWith('body.formFields')));
    } else {
      this.banner.set([describeError(err)]);
    }
  }

  /** Each problem beside its input; the rewards' total beside the rewards; anything else in the banner. */
  private showProblems(problems: readonly FieldError[]): void {
    const rows = rewardLevelsOf(this.form.getRawValue() as CampaignFormValue).rows;
    const unplaced = placeProblems(this.form, problems, (field) => {
      const reward = /^body\.rewardLevels\.(\d+)\.(amount|percent|mode|level)$/.exec(field);
      if (reward) return rows[Number(reward[1])] === undefined ? null : `rewards.${rows[Number(reward[1])]}.value`;
      return Object.entries(API_FIELDS).find(([, api]) => api === field)?.[0] ?? null;
    });
    this.rewardProblems.set(unplaced.filter((p) => p.field === 'body.rewardLevels').map(problemMessage));
    this.banner.set(unplaced.filter((p) => p.field !== 'body.rewardLevels').map(problemMessage));
    queueMicrotask(() => (document.querySelector('.mat-form-field-invalid input, .mat-form-field-invalid textarea') as HTMLElement | null)?.focus());
  }
}
