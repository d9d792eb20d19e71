import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { Subject, throwError } from 'rxjs';
import en from '../../../../public/i18n/en.json';
import zh from '../../../../public/i18n/zh-CN.json';
import { ApiError } from '../../core/api/api-error';
import { AuthService, type Me } from '../../core/auth/auth.service';
import { Login } from './login';

function apiError(status: number, code: number, headers: Record<string, string> = {}, errors?: object[]): ApiError {
  const body = { code, message: 'm', data: { correlationId: 'c-9', ...(errors ? { errors } : {}) } };
  return ApiError.from(new HttpErrorResponse({ status, error: body, headers: new HttpHeaders(headers) }));
}

describe('Login', () => {
  let fixture: ComponentFixture<Login>;
  let auth: jasmine.SpyObj<AuthService>;
  let router: Router;
  let page: HTMLElement;

  beforeEach(async () => {
    auth = jasmine.createSpyObj<AuthService>('AuthService', ['login']);
    await TestBed.configureTestingModule({
      imports: [
        Login,
        TranslocoTestingModule.forRoot({
          langs: { 'zh-CN': zh, en },
          translocoConfig: { availableLangs: ['zh-CN', 'en'], defaultLang: 'zh-CN' },
          preloadLangs: true,
        }),
      ],
      providers: [provideRouter([]), { provide: AuthService, useValue: auth }],
    }).compileComponents();
    router = TestBed.inject(Router);
    spyOn(router, 'navigateByUrl').and.resolveTo(true);
    fixture = TestBed.createComponent(Login);
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  async function submit(username: string, password: string): Promise<void> {
    const user = page.querySelector<HTMLInputElement>('[data-testid=login-username]')!;
    const pass = page.querySelector<HTMLInputElement>('[data-testid=login-password]')!;
    user.value = username;
    user.dispatchEvent(new Event('input'));
    pass.value = password;
    pass.dispatchEvent(new Event('input'));
    page.querySelector<HTMLButtonElement>('[data-testid=login-submit]')!.click();
    fixture.detectChanges();
    await fixture.whenStable();
  }

  const text = (selector: string) => page.querySelector(selector)?.textContent?.trim() ?? '';

  it('asks for the missing fields without calling the API', async () => {
    await submit('', '');
    expect(auth.login).not.toHaveBeenCalled();
    expect(page.textContent).toContain(zh.login.usernameRequired);
    expect(page.textContent).toContain(zh.login.passwordRequired);
  });

  it('says a wrong password beside the password field', async () => {
    auth.login.and.returnValue(throwError(() => apiError(401, 40150)));
    await submit('admin', 'nope');
    expect(auth.login).toHaveBeenCalledWith('admin', 'nope');
    expect(text('[data-testid=password-error]')).toBe(zh.login.wrongCredentials);
    expect(page.querySelector('[data-testid=login-banner]')).toBeNull();
  });

  it('says how long to wait when rate limited', async () => {
    auth.login.and.returnValue(throwError(() => apiError(429, 42900, { 'Retry-After': '37' })));
    await submit('admin', 'x');
    expect(text('[data-testid=login-banner]')).toBe(zh.errors.RATE_LIMITED_WAIT.replace('{{seconds}}', '37'));
  });

  it('says a network failure in the banner', async () => {
    auth.login.and.returnValue(throwError(() => ApiError.from(new HttpErrorResponse({ status: 0 }))));
    await submit('admin', 'x');
    expect(text('[data-testid=login-banner]')).toBe(zh.errors.NETWORK);
  });

  it('shows that it is signing in, and cannot be submitted twice', async () => {
    const pending = new Subject<Me>();
    auth.login.and.returnValue(pending);
    await submit('admin', 'Admin@12345');
    expect(page.querySelector<HTMLButtonElement>('[data-testid=login-submit]')!.disabled).toBeTrue();
    expect(page.querySelector('mat-progress-bar')).not.toBeNull();
  });

  it('goes to the console, or to the forced password change when the password expired', async () => {
    const me = (passwordExpired: boolean) => ({ passwordExpired }) as Me;
    const answers = [me(false), me(true)];
    for (const answer of answers) {
      const s = new Subject<Me>();
      auth.login.and.returnValue(s);
      await submit('admin', 'Admin@12345');
      s.next(answer);
      s.complete();
      fixture.detectChanges();
      await fixture.whenStable();
    }
    expect((router.navigateByUrl as jasmine.Spy).calls.allArgs()).toEqual([['/'], ['/password-expired']]);
  });

  it('explains why when the session ended', async () => {
    fixture.componentRef.setInput('reason', 'expired');
    fixture.detectChanges();
    await fixture.whenStable();
    expect(text('[data-testid=login-expired]')).toBe(zh.login.sessionEnded);
  });
});
