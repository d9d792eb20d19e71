import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { Api } from '../core/api/api.service';
import { errorText } from '../core/api/error-text';

/** The payer the development sandbox pays as (the app has no WeChat login yet, so no real openid). */
export const SANDBOX_OPENID = 'oDmhH5SandboxPayer000001';

export class PaymentUnavailable extends Error {
  constructor() {
    super('此环境暂未开通支付（开发环境使用支付沙箱；微信内支付与 H5 支付尚在建设中）');
    this.name = 'PaymentUnavailable';
  }
}

/**
 * Paying an order. Today only the development path exists: the API starts a WeChat Pay prepay (POST
 * /orders/{orderNo}/pay), then the payer "pays" at the WeChat Pay sandbox (POST /sandbox/pay/{orderNo},
 * which the app's server passes on only on the development stack), and the sandbox sends the API the real
 * v3 notification. Resolving means the provider accepted the payment, not that the order is paid: only
 * GET /orders/{orderNo} says that.
 */
@Injectable({ providedIn: 'root' })
export class PaymentService {
  private readonly api = inject(Api);
  private readonly http = inject(HttpClient);

  async pay(orderNo: string): Promise<void> {
    await firstValueFrom(this.api.post('/api/v1/orders/{orderNo}/pay', { params: { orderNo }, body: { openid: SANDBOX_OPENID } }));
    try {
      await firstValueFrom(this.http.post(`/sandbox/pay/${encodeURIComponent(orderNo)}`, null));
    } catch (err) {
      if (err instanceof HttpErrorResponse && (err.status === 404 || err.status === 405)) throw new PaymentUnavailable();
      throw err;
    }
  }

  /** Words for a failed payment. */
  static describe(err: unknown): string {
    if (err instanceof PaymentUnavailable) return err.message;
    if (err instanceof HttpErrorResponse) return err.status === 0 ? '网络连接失败，请检查网络后重试' : '支付未完成，请重试';
    return errorText(err);
  }
}
