import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { authInterceptor } from './auth.interceptor';
import { TokenStore } from './token-store';

const REFRESH = '/api/v1/auth/refresh-token';

function tokenAnswer(n: number) {
  return {
    code: 200,
    message: 'success',
    data: {
      tokenType: 'Bearer', accessToken: `access-${n}`, refreshToken: `refresh-${n}`, expiresIn: 86400, refreshExpiresIn: 1209600,
      passwordExpired: false, user: { userId: '1', username: 'admin', roles: [], permissions: [], brandIds: [], sessionId: null },
    },
  };
}
const unauthorized = { status: 401, statusText: 'Unauthorized' };
const envelope401 = { code: 40100, message: 'authentication required', data: { correlationId: 'c-1' } };

describe('authInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let tokens: TokenStore;
  let router: Router;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(withInterceptors([authInterceptor])), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    tokens = TestBed.inject(TokenStore);
    router = TestBed.inject(Router);
    spyOn(router, 'navigate').and.resolveTo(true);
    tokens.save({ accessToken: 'access-0', refreshToken: 'refresh-0' });
  });

  afterEach(() => {
    backend.verify();
    localStorage.clear();
  });

  it('sends the access token with API calls, and none with the credential exchanges or other hosts', () => {
    http.get('/api/v1/campaigns').subscribe();
    http.post('/api/v1/auth/login', {}).subscribe();
    http.get('i18n/zh-CN.json').subscribe();
    expect(backend.expectOne('/api/v1/campaigns').request.headers.get('Authorization')).toBe('Bearer access-0');
    expect(backend.expectOne('/api/v1/auth/login').request.headers.has('Authorization')).toBeFalse();
    expect(backend.expectOne('i18n/zh-CN.json').request.headers.has('Authorization')).toBeFalse();
  });

  it('on a 401 exchanges the refresh token once and repeats the call with the new access token', () => {
    let answer: unknown;
    http.get('/api/v1/campaigns').subscribe((body) => (answer = body));
    backend.expectOne('/api/v1/campaigns').flush(envelope401, unauthorized);

    const refresh = backend.expectOne(REFRESH);
    expect(refresh.request.body).toEqual({ refreshToken: 'refresh-0' });
    expect(refresh.request.headers.has('Authorization')).toBeFalse();
    refresh.flush(tokenAnswer(1));

    const retried = backend.expectOne('/api/v1/campaigns');
    expect(retried.request.headers.get('Authorization')).toBe('Bearer access-1');
    retried.flush({ code: 200, message: 'success', data: 'ok' });
    expect(answer).toEqual({ code: 200, message: 'success', data: 'ok' });
    expect(tokens.get()).toEqual({ accessToken: 'access-1', refreshToken: 'refresh-1' });
  });

  it('shares one refresh among calls refused at the same time (a refresh token is single use)', () => {
    http.get('/api/v1/campaigns').subscribe();
    http.get('/api/v1/brands').subscribe();
    backend.expectOne('/api/v1/campaigns').flush(envelope401, unauthorized);
    backend.expectOne('/api/v1/brands').flush(envelope401, unauthorized);

    backend.expectOne(REFRESH).flush(tokenAnswer(1)); // expectOne: a second exchange would fail here
    for (const url of ['/api/v1/campaigns', '/api/v1/brands']) {
      const again = backend.expectOne(url);
      expect(again.request.headers.get('Authorization')).toBe('Bearer access-1');
      again.flush({ code: 200, message: 'success', data: null });
    }
  });

  it('ends the session when the refresh token is refused, and passes the original 401 on', () => {
    let status = 0;
    http.get('/api/v1/campaigns').subscribe({ error: (e: { status: number }) => (status = e.status) });
    backend.expectOne('/api/v1/campaigns').flush(envelope401, unauthorized);
    backend.expectOne(REFRESH).flush({ code: 40151, message: 'invalid', data: { correlationId: 'c-2' } }, unauthorized);

    expect(status).toBe(401);
    expect(tokens.get()).toBeNull();
    expect(router.navigate).toHaveBeenCalledWith(['/login'], { queryParams: { reason: 'expired' } });
  });

  it('refreshes at most once per call: a repeated call refused again ends the session without a second refresh', () => {
    let status = 0;
    http.get('/api/v1/campaigns').subscribe({ error: (e: { status: number }) => (status = e.status) });
    backend.expectOne('/api/v1/campaigns').flush(envelope401, unauthorized);
    backend.expectOne(REFRESH).flush(tokenAnswer(1));
    backend.expectOne('/api/v1/campaigns').flush(envelope401, unauthorized);

    backend.expectNone(REFRESH);
    expect(status).toBe(401);
    expect(tokens.get()).toBeNull();
    expect(router.navigate).toHaveBeenCalledWith(['/login'], { queryParams: { reason: 'expired' } });
  });

  it('does not refresh for a 401 of the login itself (a wrong password is its answer) nor for other errors', () => {
    http.post('/api/v1/auth/login', {}).subscribe({ error: () => undefined });
    backend.expectOne('/api/v1/auth/login').flush({ code: 40150, message: 'wrong', data: { correlationId: 'c' } }, unauthorized);
    http.get('/api/v1/campaigns').subscribe({ error: () => undefined });
    backend.expectOne('/api/v1/campaigns').flush({ code: 40300, message: 'no', data: { correlationId: 'c' } }, { status: 403, statusText: 'Forbidden' });
    backend.expectNone(REFRESH);
    expect(tokens.get()).toEqual({ accessToken: 'access-0', refreshToken: 'refresh-0' });
  });

  it('uses a token another call already refreshed instead of spending the new refresh token', () => {
    http.get('/api/v1/campaigns').subscribe();
    const first = backend.expectOne('/api/v1/campaigns');
    tokens.save({ accessToken: 'access-1', refreshToken: 'refresh-1' }); // refreshed meanwhile
    first.flush(envelope401, unauthorized);
    backend.expectNone(REFRESH);
    const again = backend.expectOne('/api/v1/campaigns');
    expect(again.request.headers.get('Authorization')).toBe('Bearer access-1');
    again.flush({ code: 200, message: 'success', data: null });
  });
});
