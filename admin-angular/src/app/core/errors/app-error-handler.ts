import { ErrorHandler, inject, Injectable, Injector, NgZone } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoService } from '@jsverse/transloco';
import { ApiError } from '../api/api-error';
import { describeError } from './error-messages';

/**
 * The last resort for errors no screen handled: said to the user in words (a snack bar, never a blank
 * screen or a stack trace) and logged with the correlation id the API gave, for support.
 */
@Injectable()
export class AppErrorHandler implements ErrorHandler {
  private readonly injector = inject(Injector);
  private readonly zone = inject(NgZone);

  handleError(error: unknown): void {
    const err = unwrap(error);
    console.error('[console] unhandled error', err instanceof ApiError ? { code: err.code, correlationId: err.correlationId } : '', err);
    try {
      // Looked up late: the error handler is created before the services it uses.
      const i18n = this.injector.get(TranslocoService);
      const snackBar = this.injector.get(MatSnackBar);
      const message = describeError(err);
      this.zone.run(() => snackBar.open(i18n.translate(message.key, message.params), i18n.translate('common.close'), { duration: 8000 }));
    } catch {
      // Saying it failed too (the error came too early): the console log above is all there is.
    }
  }
}

/** Promise rejections arrive wrapped ({rejection}); the error itself is inside. */
function unwrap(error: unknown): unknown {
  const rejection = (error as { rejection?: unknown } | null)?.rejection;
  return rejection ?? error;
}
