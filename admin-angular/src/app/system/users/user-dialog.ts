import { Component, inject, OnInit, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoDirective } from '@jsverse/transloco';
import { concat, last } from 'rxjs';
import { type PasswordPolicy, policyValidator } from '../../auth/password-change/password-rules';
import { ApiError } from '../../core/api/api-error';
import { Api } from '../../core/api/api.service';
import { describeError, type Message } from '../../core/errors/error-messages';
import { applyFieldErrors, serverMessages } from '../../shared/form-errors';
import { createUserBody, type User, USER_FIELDS } from '../system-rules';

export interface UserDialogData {
  /** null: a new account. */
  user: User | null;
  roles: Array<{ code: string; name: string }>;
  brands: Array<{ id: string; name: string }>;
}

/**
 * A new account (username, password checked against the policy as one types, contact, roles, brands), or an
 * existing one's roles and brands. The API's field errors land beside their fields.
 */
@Component({
  selector: 'app-user-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslocoDirective],
  templateUrl: './user-dialog.html',
  styles: '.grid { display: grid; grid-template-columns: 1fr 1fr; gap: 4px 16px; align-items: start; } .full { grid-column: 1 / -1; }',
})
export class UserDialog implements OnInit {
  private readonly api = inject(Api);
  private readonly ref = inject(MatDialogRef<UserDialog>);
  protected readonly data = inject<UserDialogData>(MAT_DIALOG_DATA);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly serverMessages = serverMessages;
  protected readonly policy = signal<PasswordPolicy | null>(null);
  protected readonly busy = signal(false);
  protected readonly problem = signal<Message | null>(null);
  protected readonly creating = this.data.user === null;
  protected readonly form = this.fb.group({
    username: this.fb.control(this.data.user?.username ?? '', [Validators.required, Validators.pattern(/^[A-Za-z0-9][A-Za-z0-9_.-]{2,49}$/)]),
    password: this.fb.control('', this.creating ? [Validators.required, policyValidator(() => this.policy(), (): string => this.usernameNow())] : []),
    phone: this.fb.control(this.data.user?.phone ?? '', Validators.pattern(/^1[3-9]\d{9}$/)),
    email: this.fb.control(this.data.user?.email ?? '', Validators.email),
    realName: this.fb.control(this.data.user?.realName ?? '', Validators.maxLength(50)),
    roles: this.fb.control<string[]>(this.data.user?.roles ?? [], Validators.required),
    brandIds: this.fb.control<string[]>(this.data.user?.brandIds ?? []),
  });

  private usernameNow(): string {
    return (this.form as { controls: { username: { value: string } } } | undefined)?.controls.username.value ?? '';
  }

  ngOnInit(): void {
    if (!this.creating) {
      for (const c of ['username', 'phone', 'email', 'realName'] as const) this.form.controls[c].disable();
      return;
    }
    this.api.get('/api/v1/auth/password-policy', {}).subscribe({ next: (p) => this.policy.set(p), error: () => undefined });
    this.form.controls.username.valueChanges.subscribe(() => this.form.controls.password.updateValueAndValidity());
  }

  protected policyErrors(): string[] {
    return (this.form.controls.password.errors?.['policy'] as string[] | undefined) ?? [];
  }

  protected save(): void {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    this.busy.set(true);
    this.problem.set(null);
    const v = this.form.getRawValue();
    const user = this.data.user;
    const call = user
      ? concat(
          this.api.put('/api/v1/users/{id}/roles', { params: { id: user.id }, body: { roles: v.roles } }),
          this.api.put('/api/v1/users/{id}/brands', { params: { id: user.id }, body: { brandIds: v.brandIds } }),
        ).pipe(last())
      : this.api.post('/api/v1/users', { body: createUserBody(v) });
    call.subscribe({
      next: (u) => this.ref.close(u.username),
      error: (err: unknown) => {
        this.busy.set(false);
        const unshown = applyFieldErrors(this.form, err, USER_FIELDS);
        const hasFields = err instanceof ApiError && err.fields.length > 0;
        this.problem.set(unshown[0] ?? (hasFields ? null : describeError(err)));
      },
    });
  }
}
