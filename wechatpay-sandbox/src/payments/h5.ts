/**
 * H5 pay in the sandbox (手机网站支付): POST /v3/pay/transactions/h5 answers an `h5_url` valid 5 minutes,
 * which the sandbox serves itself (WeChat Pay's checkmweb page, played): it shows the amount and a 确认支付
 * button; confirming pays the order (the real v3 notification goes to the merchant) and sends the browser
 * to the `redirect_url` the merchant appended. Returning there is not proof of payment: the merchant must
 * ask its own server, as with WeChat.
 */
import { randomBytes } from 'node:crypto';
import express, { type Request, Router } from 'express';
import { z } from 'zod';
import { H5_URL_TTL_MS, h5PrepayRequestSchema } from '@dmh/shared/dist/wechatpay';
import { parseJson, rawBody, requireMerchant, type SandboxLogger, sendSigned } from './http';
import { SandboxError, type WechatPaySandbox } from './wechatpay.sandbox';

const PAGE = '/sandbox/h5pay/checkmweb';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const page = (title: string, body: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title>` +
  `<style>body{font-family:sans-serif;margin:0;padding:32px 20px;text-align:center;color:#222}.amount{font-size:36px;font-weight:600;margin:16px 0}button,a.btn{display:block;box-sizing:border-box;font-size:17px;padding:12px 0;width:100%;border:0;border-radius:8px;margin-top:12px;text-decoration:none}.ok{background:#07c160;color:#fff}.no{background:#eee;color:#222}</style></head>` +
  `<body><h1 style="font-size:20px">${escapeHtml(title)}</h1>${body}<p style="color:#999;font-size:12px;margin-top:40px">DMH 本地沙箱（模拟微信支付 H5 收银台）</p></body></html>`;

/** A redirect_url the page may send the browser to: http(s) only. */
function redirectTarget(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw === '') return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

export function sandboxH5PayApi(sandbox: WechatPaySandbox, logger?: SandboxLogger, now: () => number = Date.now): Router {
  const router = Router();
  const tickets = new Map<string, { prepayId: string; expiresAt: number }>();
  const live = (ticket: unknown) => {
    const t = typeof ticket === 'string' ? tickets.get(ticket) : undefined;
    return t && t.expiresAt > now() ? t : null;
  };

  router.post('/v3/pay/transactions/h5', express.raw({ type: () => true, limit: '64kb' }), (req: Request, res) => {
    const body = rawBody(req);
    const auth = requireMerchant(sandbox, req, body);
    const parsed = h5PrepayRequestSchema.safeParse(parseJson(body));
    if (!parsed.success) throw new SandboxError('PARAM_ERROR', 400, z.prettifyError(parsed.error));
    const r = parsed.data;
    if (r.mchid !== sandbox.mchid || r.mchid !== auth.mchid) throw new SandboxError('MCH_NOT_EXISTS', 400, 'mchid does not match the signing merchant');
    if (r.appid !== sandbox.appid) throw new SandboxError('APPID_MCHID_NOT_MATCH', 400, 'appid and mchid do not match');
    const { prepayId } = sandbox.prepay({ outTradeNo: r.out_trade_no, amountFen: r.amount.total, description: r.description, notifyUrl: r.notify_url, ...(r.attach !== undefined && { attach: r.attach }) });
    const ticket = randomBytes(12).toString('hex');
    tickets.set(ticket, { prepayId, expiresAt: now() + H5_URL_TTL_MS });
    logger?.info({ outTradeNo: r.out_trade_no, prepayId }, 'sandbox H5 prepay');
    sendSigned(res, sandbox, 200, { h5_url: `${req.protocol}://${req.get('host')}${PAGE}?prepay_id=${prepayId}&package=${ticket}` });
  });

  router.get(PAGE, (req, res) => {
    const t = live(req.query.package);
    if (!t || t.prepayId !== req.query.prepay_id) {
      res.status(410).type('html').send(page('支付链接已过期', '<p>请返回商户页面重新发起支付</p>'));
      return;
    }
    const order = sandbox.books.order(t.prepayId);
    const back = redirectTarget(req.query.redirect_url);
    const yuan = (order.input.amountFen / 100).toFixed(2);
    res.type('html').send(
      page('微信支付', `<p>${escapeHtml(order.input.description)}</p><p class="amount">¥${yuan}</p>` +
        `<form method="post" action="/sandbox/h5pay/confirm"><input type="hidden" name="package" value="${escapeHtml(String(req.query.package))}">` +
        `<input type="hidden" name="redirect_url" value="${escapeHtml(back ?? '')}"><button class="ok" type="submit">确认支付</button></form>` +
        (back ? `<a class="btn no" href="${escapeHtml(back)}">取消支付</a>` : '')),
    );
  });

  router.post('/sandbox/h5pay/confirm', express.urlencoded({ extended: false, limit: '4kb' }), async (req, res) => {
    const t = live(req.body?.package);
    if (!t) {
      res.status(410).type('html').send(page('支付链接已过期', '<p>请返回商户页面重新发起支付</p>'));
      return;
    }
    const answer = await sandbox.pay(t.prepayId);
    tickets.delete(String(req.body.package));
    logger?.info({ prepayId: t.prepayId, merchantStatus: answer.status }, 'sandbox H5 payment notified');
    const back = redirectTarget(req.body.redirect_url);
    if (back) res.redirect(302, back);
    else res.type('html').send(page('支付成功', '<p>请返回商户页面查看订单</p>'));
  });
  return router;
}
