import { Component, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router } from '@angular/router';
import { ERROR_CODES } from '@dmh/api-client';
import { TranslocoDirective } from '@jsverse/transloco';
import { ApiError } from '../../core/api/api-error';
import { AuthService } from '../../core/auth/auth.service';
import { describeError, type Message } from '../../core/errors/error-messages';
import { applyFieldErrors, SERVER_ERROR, serverMessages } from '../../shared/form-errors';
import { LanguageMenu } from '../../shared/language-menu';

/**
 * Sign-in. Each answer in words: a wrong password (which is also how the API answers a locked or disabled
 * account: it tells them apart to nobody) beside the password field, too many attempts with the wait, an
 * expired password leads to the forced change, a failed network or server in the banner.
 */
@Component({
  selector: 'app-login',
  imports: [
    ReactiveFormsModule, MatButtonModule, MatCardModule, MatFormFieldModule, MatIconModule, MatInputModule, MatProgressBarModule,
    TranslocoDirective, LanguageMenu,
  ],
  templateUrl: './login.html',
  styleUrl: './login.scss',
})
export class Login {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  /** `?reason=expired`: the session ended (revoked, or the refresh token ran out). */
  readonly reason = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    username: ['', [Validators.required, Validators.maxLength(50)]],
    password: ['', [Validators.required, Validators.maxLength(128)]],
  });
  protected readonly submitting = signal(false);
  protected readonly banner = signal<Message | null>(null);
  protected readonly showPassword = signal(false);
  protected readonly serverMessages = serverMessages;
  protected readonly SERVER_ERROR = SERVER_ERROR;

  protected signIn(): void {
    this.banner.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { username, password } = this.form.getRawValue();
    this.submitting.set(true);
    this.auth.login(username, password).subscribe({
      next: (me) => {
        this.submitting.set(false);
        void this.router.navigateByUrl(me.passwordExpired ? '/password-expired' : '/');
      },
      error: (err: unknown) => {
        this.submitting.set(false);
        this.showFailure(err);
      },
    });
  }

  private showFailure(err: unknown): void {
    if (err instanceof ApiError && err.code === ERROR_CODES.LOGIN_FAILED.code) {
      const password = this.form.controls.password;
      password.setErrors({ [SERVER_ERROR]: [{ key: 'login.wrongCredentials' }] });
      password.markAsTouched();
      return;
    }
    const unshown = applyFieldErrors(this.form, err, { username: 'body.username', password: 'body.password' });
    this.banner.set(unshown[0] ?? (err instanceof ApiError && err.fields.length > 0 ? null : describeError(err)));
  }
}
