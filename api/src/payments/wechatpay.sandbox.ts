/**
 * A local stand-in for WeChat Pay's servers: keeps prepaid orders in memory and sends signed,
 * encrypted notifications byte for byte as WeChat Pay API v3 does. Development and tests only.
 */
import { randomUUID, type KeyObject } from 'node:crypto';
import { Aes, Formatter, Rsa } from 'wechatpay-axios-plugin';
import { checkAuthorization, type AuthorizationCheck } from './sandbox.authorization';
import { deliverNotification, SandboxError, type MerchantAnswer, type SignedMessage } from './sandbox.delivery';
import { beijingTime, prepayId } from './sandbox.ids';
import { paidTransaction, successfulRefund } from './sandbox.resources';
import { SIGNATURE_TYPE, type NotificationKind, type TransactionResource } from './wechatpay.schemas';
import { toRsaPrivateKey, toRsaPublicKey } from './wechatpay.keys';

export { SandboxError, type MerchantAnswer, type SignedMessage };

export interface WechatPaySandboxOptions {
  apiV3Key: string;
  platformPrivateKey: KeyObject | string;
  /** Sent as Wechatpay-Serial: a `PUB_KEY_ID_…` (public key mode) or a platform certificate serial. */
  platformSerial: string;
  mchid: string;
  appid: string;
  /** Merchant API certificate serial → merchant public key, to check request signatures. */
  merchantPublicKeys: ReadonlyMap<string, KeyObject | string>;
  /** Milliseconds since the epoch; Date.now by default. */
  now?: () => number;
  fetch?: typeof fetch;
}

export interface SignOptions {
  timestamp?: number | string;
  nonce?: string;
  /** Header value only; the signature is always made with this sandbox's platform key. */
  serial?: string;
}

export interface NotificationOptions extends SignOptions {
  id?: string;
  eventType?: string;
}

export interface PrepayInput {
  outTradeNo: string;
  amountFen: number;
  description: string;
  notifyUrl: string;
  payerOpenid?: string;
  attach?: string;
}

interface SandboxOrder {
  prepayId: string;
  input: PrepayInput;
  paid?: { transaction: TransactionResource; eventId: string };
  refundedFen: number;
}

const SUMMARY: Record<NotificationKind, string> = { transaction: '支付成功', refund: '退款成功' };

export class WechatPaySandbox {
  readonly mchid: string;
  readonly appid: string;
  private readonly privateKey: KeyObject;
  private readonly merchantKeys: ReadonlyMap<string, KeyObject>;
  private readonly now: () => number;
  private readonly fetch: typeof fetch;
  private readonly orders = new Map<string, SandboxOrder>();
  private readonly prepayIndex = new Map<string, string>();

  constructor(private readonly options: WechatPaySandboxOptions) {
    this.mchid = options.mchid;
    this.appid = options.appid;
    this.privateKey = toRsaPrivateKey(options.platformPrivateKey);
    this.merchantKeys = new Map([...options.merchantPublicKeys].map(([serial, key]) => [serial, toRsaPublicKey(key)]));
    this.now = options.now ?? Date.now;
    this.fetch = options.fetch ?? globalThis.fetch;
  }

  /** Wechatpay-* headers signing `timestamp\nnonce\nbody\n`, for a notification or an API response. */
  sign(body: string, opts: SignOptions = {}): Record<string, string> {
    const timestamp = String(opts.timestamp ?? Math.floor(this.now() / 1000));
    const nonce = opts.nonce ?? Formatter.nonce(32);
    return {
      'Wechatpay-Nonce': nonce,
      'Wechatpay-Signature': Rsa.sign(Formatter.response(timestamp, nonce, body), this.privateKey),
      'Wechatpay-Timestamp': timestamp,
      'Wechatpay-Serial': opts.serial ?? this.options.platformSerial,
      'Wechatpay-Signature-Type': SIGNATURE_TYPE,
    };
  }

  /** A complete notification: the resource encrypted with the apiV3Key, the envelope signed. */
  notification(kind: NotificationKind, data: Readonly<Record<string, unknown>>, opts: NotificationOptions = {}): SignedMessage {
    const nonce = Formatter.nonce(12);
    const body = JSON.stringify({
      id: opts.id ?? randomUUID(),
      create_time: beijingTime(this.now()),
      resource_type: 'encrypt-resource',
      event_type: opts.eventType ?? (kind === 'transaction' ? 'TRANSACTION.SUCCESS' : 'REFUND.SUCCESS'),
      summary: SUMMARY[kind],
      resource: {
        original_type: kind,
        algorithm: 'AEAD_AES_256_GCM',
        ciphertext: Aes.AesGcm.encrypt(JSON.stringify(data), this.options.apiV3Key, nonce, kind),
        associated_data: kind,
        nonce,
      },
    });
    return { headers: { 'Content-Type': 'application/json', ...this.sign(body, opts) }, body: Buffer.from(body) };
  }

  checkAuthorization(method: string, pathAndQuery: string, body: string, header: string | undefined): AuthorizationCheck {
    return checkAuthorization({ method, pathAndQuery, body, header, merchantKeys: this.merchantKeys, nowMs: this.now() });
  }

  /** Registers an order as POST /v3/pay/transactions/jsapi does; the same request twice gets the same prepay_id. */
  prepay(input: PrepayInput): { prepayId: string } {
    const existing = this.orders.get(input.outTradeNo);
    if (existing?.paid) throw new SandboxError('ORDERPAID', 400, 'order already paid');
    if (existing) {
      const same = (['amountFen', 'description', 'notifyUrl'] as const).every((k) => existing.input[k] === input[k]);
      if (!same) throw new SandboxError('INVALID_REQUEST', 400, 'out_trade_no reused with different parameters');
      return { prepayId: existing.prepayId };
    }
    const order: SandboxOrder = { prepayId: prepayId(this.now()), input, refundedFen: 0 };
    this.orders.set(input.outTradeNo, order);
    this.prepayIndex.set(order.prepayId, input.outTradeNo);
    return { prepayId: order.prepayId };
  }

  /** The payer pays: sends TRANSACTION.SUCCESS to the notify URL. Paying again re-delivers the same event, as a WeChat retry does. */
  async pay(prepayIdOrOutTradeNo: string): Promise<MerchantAnswer & { transactionId: string }> {
    const order = this.order(prepayIdOrOutTradeNo);
    order.paid ??= {
      transaction: paidTransaction({
        ...order.input,
        appid: this.appid,
        mchid: this.mchid,
        payerOpenid: order.input.payerOpenid ?? 'oSandboxPayer000000000000000',
        nowMs: this.now(),
      }),
      eventId: randomUUID(),
    };
    const message = this.notification('transaction', order.paid.transaction, { id: order.paid.eventId });
    const answer = await deliverNotification(this.fetch, order.input.notifyUrl, message);
    return { ...answer, transactionId: order.paid.transaction.transaction_id };
  }

  /** A refund succeeds: sends REFUND.SUCCESS (default: the whole refundable amount). */
  async refund(
    outTradeNo: string,
    opts: { amountFen?: number; outRefundNo?: string; notifyUrl?: string } = {},
  ): Promise<MerchantAnswer & { refundId: string; outRefundNo: string }> {
    const order = this.order(outTradeNo);
    if (!order.paid) throw new SandboxError('INVALID_REQUEST', 400, 'order not paid');
    const total = order.input.amountFen;
    const amount = opts.amountFen ?? total - order.refundedFen;
    if (!Number.isSafeInteger(amount) || amount <= 0 || amount > total - order.refundedFen) {
      throw new SandboxError('INVALID_REQUEST', 400, 'refund amount exceeds the refundable amount');
    }
    order.refundedFen += amount;
    const refund = successfulRefund({
      mchid: this.mchid,
      outTradeNo,
      transactionId: order.paid.transaction.transaction_id,
      outRefundNo: opts.outRefundNo ?? `R${outTradeNo}${order.refundedFen}`.slice(0, 64),
      totalFen: total,
      refundFen: amount,
      nowMs: this.now(),
    });
    const answer = await deliverNotification(this.fetch, opts.notifyUrl ?? order.input.notifyUrl, this.notification('refund', refund));
    return { ...answer, refundId: refund.refund_id, outRefundNo: refund.out_refund_no };
  }

  private order(prepayIdOrOutTradeNo: string): SandboxOrder {
    const outTradeNo = this.prepayIndex.get(prepayIdOrOutTradeNo) ?? prepayIdOrOutTradeNo;
    const order = this.orders.get(outTradeNo);
    if (!order) throw new SandboxError('ORDER_NOT_EXIST', 404, 'order does not exist');
    return order;
  }
}
