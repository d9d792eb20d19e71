import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoTestingModule } from '@jsverse/transloco';
import zh from '../../../../public/i18n/zh-CN.json';
import { ApiError } from '../api/api-error';
import { AppErrorHandler } from './app-error-handler';

describe('AppErrorHandler', () => {
  let snackBar: jasmine.SpyObj<MatSnackBar>;
  let handler: AppErrorHandler;

  beforeEach(() => {
    snackBar = jasmine.createSpyObj<MatSnackBar>('MatSnackBar', ['open']);
    TestBed.configureTestingModule({
      imports: [TranslocoTestingModule.forRoot({ langs: { 'zh-CN': zh }, translocoConfig: { availableLangs: ['zh-CN'], defaultLang: 'zh-CN' }, preloadLangs: true })],
      providers: [AppErrorHandler, { provide: MatSnackBar, useValue: snackBar }],
    });
    handler = TestBed.inject(AppErrorHandler);
    spyOn(console, 'error'); // it logs; the spec output stays clean
  });

  it('says an unhandled API failure in words, with the correlation id to quote', () => {
    const body = { code: 50000, message: 'internal error', data: { correlationId: 'corr-42' } };
    handler.handleError(ApiError.from(new HttpErrorResponse({ status: 500, error: body })));
    expect(snackBar.open).toHaveBeenCalledWith(zh.errors.INTERNAL.replace('{{correlationId}}', 'corr-42'), zh.common.close, { duration: 8000 });
  });

  it('unwraps a rejected promise and says anything else generically, never a stack trace', () => {
    handler.handleError({ rejection: new TypeError('x is undefined') });
    expect(snackBar.open).toHaveBeenCalledWith(zh.errors.UNEXPECTED, zh.common.close, { duration: 8000 });
  });
});
