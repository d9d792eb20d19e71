import { fromCents, type ReconciliationResolution } from '@dmh/shared';
import { AppError } from '../common/app-error';
import type { PaymentQueries } from '../payments/payment.client';
import { PaymentProviderError } from '../payments/payment.errors';
import type { SettlementService } from '../settlement/settlement.service';
import type { Difference } from './reconciliation.compare';

export interface Resolution {
  resolution: ReconciliationResolution;
  reason: string;
}

/** Who a repaired payment says confirmed it (security events, logs). */
export const RECONCILIATION_SOURCE = 'reconciliation';

const yuan = (fen: number | null) => (fen === null ? 'nothing' : `¥${fromCents(fen)}`);

/**
 * What becomes of one difference. Only a payment WeChat has and DMH lacks is ever repaired, and never on the
 * bill's word: DMH queries the order (a signed answer) and, when WeChat confirms it paid, hands that
 * transaction to `applyConfirmedPayment`, the notification's own path (merchant check, guarded paid
 * transition, settlement), which pays an order once however often it is called. Everything else is for an
 * admin, with what to do.
 */
export class DifferenceResolver {
  constructor(
    private readonly queries: Pick<PaymentQueries, 'queryOrder'>,
    private readonly settlement: Pick<SettlementService, 'applyConfirmedPayment'>,
  ) {}

  async resolve(d: Difference): Promise<Resolution> {
    switch (d.kind) {
      case 'payment_missing_in_dmh':
        return this.repairPayment(d);
      case 'payment_missing_at_wechat':
        return attention('DMH has this order paid but WeChat Pay\'s bill of the day has no payment for it: look it up in the merchant platform; if WeChat has no such payment, the paid state (and its rewards) must be reversed by hand');
      case 'amount_mismatch':
        return attention(`WeChat Pay billed ${yuan(d.wechatFen)}, DMH recorded ${yuan(d.dmhFen)}: never changed automatically; compare with the merchant platform and correct the side that is wrong (refund the difference if the payer was overcharged)`);
      case 'refund_missing_in_dmh':
        return attention(`WeChat Pay refunded ${yuan(d.wechatFen)} but DMH has no such refund (its notification never arrived?): do not refund again; record it so the order's rewards are reversed`);
      case 'refund_missing_at_wechat':
        return attention(`DMH recorded a successful refund of ${yuan(d.dmhFen)} that WeChat Pay's bill of the day lacks: query the refund in the merchant platform; the payer may not have the money`);
    }
  }

  private async repairPayment(d: Difference): Promise<Resolution> {
    let queried;
    try {
      queried = await this.queries.queryOrder(d.outTradeNo);
    } catch (err) {
      if (!(err instanceof PaymentProviderError)) throw err;
      if (err.details.providerCode === 'ORDER_NOT_EXIST') return attention('the bill lists a payment WeChat Pay\'s order query does not know: nothing changed; ask WeChat Pay support');
      return attention(`could not confirm the payment with WeChat Pay (${err.reason}): nothing changed; run the reconciliation again`);
    }
    if (!queried.transaction) {
      return attention(`the bill lists a payment but WeChat Pay's order query answers ${queried.tradeState}: nothing changed; ask WeChat Pay support`);
    }
    try {
      const answer = await this.settlement.applyConfirmedPayment(queried.transaction, RECONCILIATION_SOURCE);
      if (answer === 'paid') return { resolution: 'repaired', reason: 'WeChat Pay\'s signed order query confirmed the payment: paid and settled through the notification\'s path' };
      return { resolution: 'resolved', reason: 'already paid in DMH when re-checked (its notification or a query came meanwhile)' };
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      switch (err.errorName) {
        case 'ORDER_NOT_FOUND':
          return attention('WeChat Pay took this payment for an order DMH does not have: refund the payer in the merchant platform');
        case 'PAYMENT_AMOUNT_MISMATCH':
          return attention('WeChat Pay confirmed a payment of another amount than the order\'s: not paid automatically; refund the payer or settle the order by hand');
        case 'PAYMENT_MERCHANT_MISMATCH':
          return attention('WeChat Pay\'s answer names another merchant or app than the order\'s: not paid; check the merchant configuration');
        default:
          throw err;
      }
    }
  }
}

function attention(reason: string): Resolution {
  return { resolution: 'needs_attention', reason };
}
