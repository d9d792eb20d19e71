import { Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { Api } from '../../core/api/api.service';
import { AuthService } from '../../core/auth/auth.service';
import { describeError, type Message } from '../../core/errors/error-messages';
import { applyFieldErrors, serverMessages } from '../../shared/form-errors';
import { forcedChangeWords, type PasswordPolicy, policyValidator } from './password-rules';

/**
 * Change of password: forced when the API says it must change, at a first login or when it expired (`/password-expired`, no way around it
 * but signing out), or chosen from the account menu. The policy's rules are listed and checked as the user
 * types; the API's verdicts (wrong current password, reused, policy) appear beside their fields.
 */
@Component({
  selector: 'app-password-change',
  imports: [ReactiveFormsModule, MatButtonModule, MatCardModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, TranslocoDirective],
  templateUrl: './password-change.html',
  styleUrl: './password-change.scss',
})
export class PasswordChange implements OnInit {
  private readonly api = inject(Api);
  protected readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(TranslocoService);
  /** Route data: the password expired and must be changed before anything else. */
  readonly required = input(false);

  protected readonly policy = signal<PasswordPolicy | null>(null);
  protected readonly submitting = signal(false);
  protected readonly banner = signal<Message | null>(null);
  protected readonly serverMessages = serverMessages;
  /** The forced change's words: a first login (an administrator set the password) or an expired password. */
  protected readonly forced = computed(() => forcedChangeWords(this.auth.me()?.passwordChangeReason ?? null));
  protected readonly rules = computed(() => {
    const p = this.policy();
    if (!p) return [];
    return [
      { key: 'password.ruleLength', params: { n: p.minLength } },
      ...(p.requireUpper ? [{ key: 'password.ruleUpper' }] : []),
      ...(p.requireLower ? [{ key: 'password.ruleLower' }] : []),
      ...(p.requireDigit ? [{ key: 'password.ruleDigit' }] : []),
      ...(p.requireSpecial ? [{ key: 'password.ruleSpecial' }] : []),
    ];
  });

  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      currentPassword: ['', [Validators.required]],
      newPassword: ['', [Validators.required, policyValidator(() => this.policy(), () => this.auth.me()?.username ?? '')]],
      confirm: ['', [Validators.required]],
    },
    { validators: [sameAsNew] },
  );

  ngOnInit(): void {
    this.api.get('/api/v1/auth/password-policy', {}).subscribe({
      next: (p) => this.policy.set(p),
      error: () => undefined, // the API checks the policy anyway; without it the rules are just not listed
    });
  }

  protected policyMessages(): Message[] {
    const codes = (this.form.controls.newPassword.errors?.['policy'] as string[] | undefined) ?? [];
    return codes.map((code) => ({ key: `fieldErrors.${code}`, params: { n: this.policy()?.minLength ?? 0 } }));
  }

  protected changePassword(): void {
    this.banner.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { currentPassword, newPassword } = this.form.getRawValue();
    this.submitting.set(true);
    this.auth.changePassword(currentPassword, newPassword).subscribe({
      next: () => {
        this.submitting.set(false);
        this.snackBar.open(this.i18n.translate('password.changed'), this.i18n.translate('common.close'), { duration: 5000 });
        void this.router.navigateByUrl('/');
      },
      error: (err: unknown) => {
        this.submitting.set(false);
        const unshown = applyFieldErrors(this.form, err, { currentPassword: 'body.currentPassword', newPassword: 'body.newPassword' });
        const placed = Object.values(this.form.controls).some((c) => c.hasError('server'));
        this.banner.set(unshown[0] ?? (placed ? null : describeError(err)));
      },
    });
  }

  protected signOut(): void {
    this.auth.logout().subscribe();
  }
}

function sameAsNew(group: AbstractControl): ValidationErrors | null {
  const confirm = group.get('confirm');
  const mismatch = confirm?.value && confirm.value !== group.get('newPassword')?.value;
  if (confirm) {
    const { mismatch: _old, ...rest } = confirm.errors ?? {};
    confirm.setErrors(mismatch ? { ...rest, mismatch: true } : Object.keys(rest).length > 0 ? rest : null);
  }
  return null;
}
