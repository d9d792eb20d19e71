import { DatePipe } from '@angular/common';
import { Component, inject, OnInit, signal, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { ApiError } from '../core/api/api-error';
import { Api } from '../core/api/api.service';
import { describeError, type Message } from '../core/errors/error-messages';
import { applyFieldErrors, serverMessages } from '../shared/form-errors';
import { permission } from '../shared/permissions';
import { MappingEditor } from './mapping-editor';
import {
  DEFAULT_PORT, firstFailure, TARGET_FIELDS, TARGET_KINDS, type TargetKind, targetBody, targetForm, type TargetView, type TestReport,
} from './sync-rules';

/**
 * One brand's sync target: database kind, connection (the stored password is never shown, only that one
 * is kept; typing a new one replaces it), options, the field mapping (`MappingEditor`: a table per DMH
 * table, checked by the API's own rules before sending, the API's problems beside their rows), saved, then "test connection" with each step's result and the driver's own error.
 */
@Component({
  selector: 'app-sync-targets',
  imports: [
    DatePipe, ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatIconModule, MatInputModule, MatSelectModule, TranslocoDirective, MappingEditor,
  ],
  templateUrl: './sync-targets.html',
  styleUrls: ['../shared/list/list-page.scss', './sync.scss'],
})
export class SyncTargets implements OnInit {
  private readonly api = inject(Api);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly snack = inject(MatSnackBar);
  private readonly i18n = inject(TranslocoService);
  protected readonly canManage = permission('sync:manage');
  protected readonly kinds = TARGET_KINDS;
  protected readonly serverMessages = serverMessages;
  protected readonly brands = signal<Array<{ id: string; name: string }> | null>(null);
  protected readonly brandId = signal('');
  protected readonly saved = signal<TargetView | null>(null);
  protected readonly loading = signal(false);
  protected readonly problem = signal<Message | null>(null);
  private readonly mapping = viewChild(MappingEditor);
  /** What the mapping editor starts from: a new object on each load, so the same brand reloaded starts again. */
  protected readonly mappingSource = signal<{ mapping: TargetView['mapping'] | null }>({ mapping: null });
  protected readonly busy = signal(false);
  protected readonly report = signal<TestReport | null>(null);
  protected readonly failure = signal<TestReport['steps'][number] | null>(null);

  protected readonly form = this.fb.group({
    kind: this.fb.control<TargetKind>('mysql'),
    host: this.fb.control('', [Validators.required, Validators.maxLength(253)]),
    port: this.fb.control<number | null>(3306, [Validators.required, Validators.min(1), Validators.max(65535)]),
    database: this.fb.control('', [Validators.required, Validators.maxLength(128)]),
    username: this.fb.control('', [Validators.required, Validators.maxLength(128)]),
    password: this.fb.control('', Validators.maxLength(256)),
    connectTimeoutMs: this.fb.control<number | null>(5000, [Validators.min(500), Validators.max(60000)]),
    encrypt: this.fb.control(false),
    trustServerCertificate: this.fb.control(false),
    enabled: this.fb.control(true),
  });

  ngOnInit(): void {
    this.api.get('/api/v1/brands', { query: { page: 1, pageSize: 100 } }).subscribe({
      next: (p) => {
        this.brands.set(p.items);
        if (p.items[0]) this.pick(p.items[0].id);
      },
      error: (err: unknown) => this.problem.set(describeError(err)),
    });
  }

  protected pick(brandId: string): void {
    this.brandId.set(brandId);
    this.report.set(null);
    this.failure.set(null);
    this.problem.set(null);
    this.loading.set(true);
    this.api.get('/api/v1/sync/targets/{brandId}', { params: { brandId } }).subscribe({
      next: (view) => this.show(view),
      error: (err: unknown) => {
        if (err instanceof ApiError && err.status === 404) this.show(null);
        else {
          this.loading.set(false);
          this.problem.set(describeError(err));
        }
      },
    });
  }

  /** A new kind on a new target takes that kind's usual port. */
  protected kindChanged(kind: TargetKind): void {
    if (!this.saved()) this.form.controls.port.setValue(DEFAULT_PORT[kind]);
  }

  protected save(): void {
    this.form.markAllAsTouched();
    const mapping = this.mapping()?.check() ?? null;
    if (this.form.invalid || !mapping) return;
    if (!this.saved()?.hasPassword && !this.form.controls.password.value) {
      this.form.controls.password.setErrors({ required: true });
      return;
    }
    this.busy.set(true);
    this.problem.set(null);
    this.api.put('/api/v1/sync/targets/{brandId}', { params: { brandId: this.brandId() }, body: targetBody(this.form.getRawValue(), mapping) }).subscribe({
      next: (view) => {
        this.busy.set(false);
        this.show(view);
        this.snack.open(this.i18n.translate('sync.target.saved'), this.i18n.translate('common.close'), { duration: 4000 });
      },
      error: (err: unknown) => {
        this.busy.set(false);
        const unshown = applyFieldErrors(this.form, err, TARGET_FIELDS);
        // Problems inside the mapping name their path (body.mapping.orders.columns.1.from): beside that row.
        const inMapping = this.mapping()?.showApiIssues(err) ?? false;
        const fields = err instanceof ApiError ? err.fields : [];
        if (fields.length === 0) this.problem.set(describeError(err));
        else if (!inMapping && unshown[0]) this.problem.set(unshown[0]);
      },
    });
  }

  protected test(): void {
    this.busy.set(true);
    this.report.set(null);
    this.failure.set(null);
    this.problem.set(null);
    this.api.post('/api/v1/sync/targets/{brandId}/test', { params: { brandId: this.brandId() } }).subscribe({
      next: (report) => {
        this.busy.set(false);
        this.report.set(report);
        this.failure.set(firstFailure(report));
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.problem.set(describeError(err));
      },
    });
  }

  private show(view: TargetView | null): void {
    this.loading.set(false);
    this.saved.set(view);
    this.form.reset(targetForm(view));
    this.mappingSource.set({ mapping: view?.mapping ?? null });
    if (!this.canManage()) this.form.disable();
  }
}
