/**
 * A local stand-in for WeChat Pay's servers: keeps prepaid orders in memory and sends signed,
 * encrypted notifications byte for byte as WeChat Pay API v3 does. Development and tests only.
 */
import type { KeyObject } from 'node:crypto';
import {
  endedRefund, paidTransaction, refundId, toRsaPrivateKey, WechatPayPlatform,
  type NotificationOptions, type SignedMessage, type SignOptions, type WechatPayPlatformOptions,
} from '@dmh/shared/dist/wechatpay';
import { deliverNotification, SandboxError, type MerchantAnswer } from './delivery';
import { SandboxBooks, type PrepayInput, type SandboxRefund } from './books';
import { SandboxControls, type RefundOutcome } from './controls';

export { SandboxError, type MerchantAnswer, type NotificationOptions, type PrepayInput, type SignedMessage, type SignOptions };

export interface WechatPaySandboxOptions extends WechatPayPlatformOptions {
  mchid: string;
  appid: string;
  /** The mobile app (Open Platform) bound to the merchant, whose APP prepays are accepted; none: APP pay is refused. */
  appAppid?: string;
  /** The X.509 certificate of `platformPrivateKey` under `platformSerial`, served by GET /v3/certificates (certificate mode). */
  platformCertificatePem?: string;
  fetch?: typeof fetch;
  /** How long a refund stays PROCESSING before it ends and is notified, unless the controls say otherwise. */
  refundNotifyAfterMs?: number;
}

/** WeChat's summaries of the three refund notifications. */
const REFUND_SUMMARY: Record<RefundOutcome, string> = { SUCCESS: '退款成功', CLOSED: '退款关闭', ABNORMAL: '退款异常' };

export class WechatPaySandbox extends WechatPayPlatform {
  readonly mchid: string;
  readonly appid: string;
  readonly appAppid: string | undefined;
  private readonly certificates: { serial: string; pem: string }[] = [];
  private readonly fetch: typeof fetch;
  readonly books = new SandboxBooks();
  readonly controls: SandboxControls;

  constructor(options: WechatPaySandboxOptions) {
    super(options);
    this.mchid = options.mchid;
    this.appid = options.appid;
    this.appAppid = options.appAppid;
    if (options.platformCertificatePem !== undefined) this.certificates.push({ serial: options.platformSerial, pem: options.platformCertificatePem });
    this.fetch = options.fetch ?? globalThis.fetch;
    this.controls = new SandboxControls(options.refundNotifyAfterMs);
  }

  /** Every certificate served by GET /v3/certificates, oldest first; none in public-key mode. */
  get platformCertificates(): readonly { serial: string; pem: string }[] {
    return [...this.certificates];
  }

  /**
   * Certificate mode: a new platform certificate (and key) signs from now on, while the older ones are still
   * served, as during WeChat's overlap period. In public-key mode there is nothing to rotate (409).
   */
  rotatePlatformCertificate(next: { serial: string; pem: string; privateKey: KeyObject | string }): void {
    if (this.certificates.length === 0) throw new SandboxError('INVALID_REQUEST', 409, 'public-key mode: no platform certificate to rotate');
    const serial = next.serial.toUpperCase();
    if (this.certificates.some((c) => c.serial === serial)) throw new SandboxError('INVALID_REQUEST', 409, 'this serial is already served');
    this.certificates.push({ serial, pem: next.pem });
    this.signing = { serial, key: toRsaPrivateKey(next.privateKey) };
  }

  /** Registers an order as POST /v3/pay/transactions/{jsapi,h5,app} do; the same request twice gets the same prepay_id. */
  prepay(input: PrepayInput): { prepayId: string } {
    return { prepayId: this.books.prepay(input, this.nowMs()).prepayId };
  }

  /** The payer pays: sends TRANSACTION.SUCCESS to the notify URL. Paying again re-delivers the same event, as a WeChat retry does. */
  async pay(prepayIdOrOutTradeNo: string): Promise<MerchantAnswer & { transactionId: string }> {
    const order = this.books.order(prepayIdOrOutTradeNo);
    const paid = this.books.markPaid(order, () => paidTransaction({
      ...order.input,
      appid: order.input.appid ?? this.appid,
      mchid: this.mchid,
      payerOpenid: order.input.payerOpenid ?? 'oSandboxPayer000000000000000',
      nowMs: this.nowMs(),
    }), this.nowMs());
    const message = this.notification('transaction', paid.transaction, { id: paid.eventId });
    const answer = await this.deliver(order.input.outTradeNo, order.input.notifyUrl, message);
    return { ...answer, transactionId: paid.transaction.transaction_id };
  }

  /**
   * Accepts a refund (default: the whole refundable amount). As WeChat does, it answers PROCESSING and ends
   * later (SUCCESS unless the controls say CLOSED or ABNORMAL), sending REFUND.<status> then; told SUCCESS
   * through the controls, it refunds and sends REFUND.SUCCESS at once, before answering.
   */
  async refund(
    outTradeNo: string,
    opts: { amountFen?: number; outRefundNo?: string; notifyUrl?: string } = {},
  ): Promise<MerchantAnswer & { refund: SandboxRefund; refundId: string; outRefundNo: string }> {
    const order = this.books.order(outTradeNo);
    if (!order.paid) throw new SandboxError('INVALID_REQUEST', 400, 'order not paid');
    const total = order.input.amountFen;
    const amount = opts.amountFen ?? total - order.refundedFen;
    if (!Number.isSafeInteger(amount) || amount <= 0 || amount > total - order.refundedFen) {
      throw new SandboxError('INVALID_REQUEST', 400, 'refund amount exceeds the refundable amount');
    }
    order.refundedFen += amount;
    const mode = this.controls.refund(outTradeNo);
    const refund: SandboxRefund = {
      outTradeNo, transactionId: order.paid.transaction.transaction_id, refundId: refundId(), status: 'PROCESSING',
      outRefundNo: opts.outRefundNo ?? `R${outTradeNo}${order.refundedFen}`.slice(0, 64),
      totalFen: total, refundFen: amount, createdMs: this.nowMs(), notifyUrl: opts.notifyUrl ?? order.input.notifyUrl,
    };
    this.books.addRefund(refund);
    const ids = { refund, refundId: refund.refundId, outRefundNo: refund.outRefundNo };
    if (mode.status === 'PROCESSING') {
      this.controls.later(mode.notifyAfterMs, () => this.endRefund(refund, mode.outcome));
      return { ...PENDING, ...ids };
    }
    return { ...(await this.endRefund(refund, 'SUCCESS')), ...ids };
  }

  /**
   * A refund ends: SUCCESS (the money reached the payer), CLOSED (it will not happen: the amount is
   * refundable again) or ABNORMAL (the payer's card was closed or frozen: the money waits for the merchant
   * to redirect it), and the merchant is notified with the matching REFUND.* event.
   */
  private async endRefund(refund: SandboxRefund, outcome: RefundOutcome): Promise<MerchantAnswer> {
    refund.status = outcome;
    if (outcome === 'SUCCESS') refund.successMs = this.nowMs();
    if (outcome === 'CLOSED') this.books.order(refund.outTradeNo).refundedFen -= refund.refundFen;
    const resource = endedRefund({ ...refund, mchid: this.mchid, nowMs: this.nowMs() }, outcome);
    const message = this.notification('refund', resource, { eventType: `REFUND.${outcome}`, summary: REFUND_SUMMARY[outcome] });
    return this.deliver(refund.outTradeNo, refund.notifyUrl, message);
  }

  /** Delivers as the controls say for this order: at once, twice, later, or never. */
  private async deliver(outTradeNo: string, url: string, message: SignedMessage): Promise<MerchantAnswer> {
    const control = this.controls.notification(outTradeNo);
    if (control.drop) return { ...DROPPED };
    const send = async () => {
      if (!control.duplicate) return deliverNotification(this.fetch, url, message);
      const [first] = await Promise.all([deliverNotification(this.fetch, url, message), deliverNotification(this.fetch, url, message)]);
      return first;
    };
    if (control.delayMs) {
      this.controls.later(control.delayMs, send);
      return { ...PENDING };
    }
    return send();
  }
}

/** What the payer's endpoints answer when the merchant was not (yet) notified. */
const DROPPED: MerchantAnswer = { status: 202, contentType: 'application/json', body: '{"code":"NOTIFICATION_DROPPED","message":"not delivered, as asked"}' };
const PENDING: MerchantAnswer = { status: 202, contentType: 'application/json', body: '{"code":"NOTIFICATION_PENDING","message":"to be delivered later"}' };
