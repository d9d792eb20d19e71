import { DatePipe, JsonPipe } from '@angular/common';
import { Component, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { FormsModule, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { MatTabsModule } from '@angular/material/tabs';
import type { Data } from '@dmh/api-client';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { ApiError } from '../../core/api/api-error';
import { Api } from '../../core/api/api.service';
import { describeError, type Message } from '../../core/errors/error-messages';
import { applyFieldErrors, serverMessages } from '../../shared/form-errors';
import { ListFrame } from '../../shared/list/list-frame';
import { compact, PagedList } from '../../shared/list/paged-list';
import { permission } from '../../shared/permissions';

type Policy = Data<'/api/v1/security/password-policy', 'get'>;
type SecurityEvent = Data<'/api/v1/security/events', 'get'>['items'][number];
type Attempt = Data<'/api/v1/security/login-attempts', 'get'>['items'][number];

const POLICY_NUMBERS = [
  ['minLength', 6, 64], ['historyCount', 0, 24], ['maxAgeDays', 0, 3650], ['maxLoginAttempts', 1, 100], ['lockoutMinutes', 1, 10080],
] as const;

/** Security: the password and lock-out policy, security events (marked handled with a note), login attempts. */
@Component({
  selector: 'app-security-page',
  imports: [
    DatePipe, JsonPipe, FormsModule, ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatIconModule, MatInputModule,
    MatSelectModule, MatTableModule, MatTabsModule, TranslocoDirective, ListFrame,
  ],
  templateUrl: './security-page.html',
  styleUrl: '../../shared/list/list-page.scss',
})
export class SecurityPage implements OnInit {
  private readonly api = inject(Api);
  private readonly snack = inject(MatSnackBar);
  private readonly i18n = inject(TranslocoService);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly canWrite = permission('security:write');
  protected readonly serverMessages = serverMessages;
  protected readonly numbers = POLICY_NUMBERS;
  /** Event types the console has words for (the API's recordSecurityEvent calls); others show as the API names them. */
  protected readonly knownTypes = ['account_locked', 'brute_force', 'refresh_token_reuse', 'refund_mismatch', 'refund_unknown_order'];
  protected readonly policyLoaded = signal(false);
  protected readonly policyProblem = signal<Message | null>(null);
  protected readonly policyForm = this.fb.group({
    minLength: this.fb.control(8, [Validators.required, Validators.min(6), Validators.max(64)]),
    requireUpper: this.fb.control(true),
    requireLower: this.fb.control(true),
    requireDigit: this.fb.control(true),
    requireSpecial: this.fb.control(false),
    historyCount: this.fb.control(0, [Validators.required, Validators.min(0), Validators.max(24)]),
    maxAgeDays: this.fb.control(0, [Validators.required, Validators.min(0), Validators.max(3650)]),
    maxLoginAttempts: this.fb.control(5, [Validators.required, Validators.min(1), Validators.max(100)]),
    lockoutMinutes: this.fb.control(15, [Validators.required, Validators.min(1), Validators.max(10080)]),
  });

  protected handled: '' | 'true' | 'false' = 'false';
  protected severity: '' | 'low' | 'medium' | 'high' | 'critical' = '';
  protected notes: Record<string, string> = {};
  protected readonly events = new PagedList<SecurityEvent>(
    (page, pageSize) => this.api.get('/api/v1/security/events', { query: { page, pageSize, ...compact({ handled: this.handled, severity: this.severity }) } }),
    this.destroyRef,
  );
  protected success: '' | 'true' | 'false' = '';
  protected username = '';
  protected readonly attempts = new PagedList<Attempt>(
    (page, pageSize) => this.api.get('/api/v1/security/login-attempts', { query: { page, pageSize, ...compact({ success: this.success, username: this.username.trim() }) } }),
    this.destroyRef,
  );

  ngOnInit(): void {
    this.api.get('/api/v1/security/password-policy', {}).subscribe({
      next: (p) => this.showPolicy(p),
      error: (err: unknown) => this.policyProblem.set(describeError(err)),
    });
    this.events.reload();
    this.attempts.reload();
  }

  protected savePolicy(): void {
    this.policyForm.markAllAsTouched();
    if (this.policyForm.invalid) return;
    this.policyProblem.set(null);
    this.api.put('/api/v1/security/password-policy', { body: this.policyForm.getRawValue() }).subscribe({
      next: (p) => {
        this.showPolicy(p);
        this.snack.open(this.i18n.translate('system.security.policySaved'), this.i18n.translate('common.close'), { duration: 4000 });
      },
      error: (err: unknown) => {
        const fields = Object.fromEntries(Object.keys(this.policyForm.controls).map((k) => [k, `body.${k}`]));
        const unshown = applyFieldErrors(this.policyForm, err, fields);
        this.policyProblem.set(unshown[0] ?? (err instanceof ApiError && err.fields.length ? null : describeError(err)));
      },
    });
  }

  protected handle(e: SecurityEvent): void {
    const note = (this.notes[e.id] ?? '').trim();
    this.api.post('/api/v1/security/events/{id}/handle', { params: { id: e.id }, body: { note: note || null } }).subscribe({
      next: () => {
        this.snack.open(this.i18n.translate('system.security.handledDone'), this.i18n.translate('common.close'), { duration: 4000 });
        this.events.reload();
      },
      error: (err: unknown) => {
        const m = describeError(err);
        this.snack.open(this.i18n.translate(m.key, m.params), this.i18n.translate('common.close'), { duration: 8000 });
      },
    });
  }

  private showPolicy(p: Policy): void {
    this.policyLoaded.set(true);
    this.policyForm.reset(p);
    if (!this.canWrite()) this.policyForm.disable();
  }
}
