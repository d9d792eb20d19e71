/**
 * The HTTP face of WechatMpSandbox, served by the sandbox process beside WeChat Pay: the authorize page
 * (open.weixin.qq.com's), the api.weixin.qq.com endpoints, and /sandbox/wechat/* controls for tests.
 * Who "the WeChat user" is comes from a cookie (a new user on a first visit), as the WeChat client knows it.
 */
import express, { type Request, type Response, Router } from 'express';
import { z } from 'zod';
import { WechatApiRefusal, type OAuthScope, type WechatMpSandbox } from './wechat-mp.sandbox';

export const SANDBOX_USER_COOKIE = 'dmh_sbx_wx_openid';
const STATE = /^[a-zA-Z0-9]{0,128}$/;

const userControl = z.object({ openid: z.string().regex(/^[A-Za-z0-9_-]{6,64}$/).optional(), unionid: z.string().regex(/^[A-Za-z0-9_-]{6,64}$/).nullable().optional(), nickname: z.string().max(32).optional() }).strict();
const codeControl = z.object({ openid: z.string().min(6).max(64), scope: z.enum(['snsapi_base', 'snsapi_userinfo']).default('snsapi_base') }).strict();

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
function page(res: Response, status: number, title: string, body: string): void {
  res.status(status).type('html').send(
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title>` +
      `<style>body{font-family:sans-serif;margin:0;padding:32px 20px;text-align:center;color:#222}button{font-size:17px;padding:12px 0;width:100%;border:0;border-radius:8px;margin-top:12px}.ok{background:#07c160;color:#fff}.no{background:#eee}</style></head>` +
      `<body><h1 style="font-size:20px">${escapeHtml(title)}</h1>${body}<p style="color:#999;font-size:12px;margin-top:40px">DMH 本地沙箱（模拟微信网页授权）</p></body></html>`,
  );
}

function cookie(req: Request, name: string): string | undefined {
  for (const part of (req.get('cookie') ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

/** The redirect WeChat makes: redirect_uri with `code` and `state` added to its query. */
export function redirectWithCode(redirectUri: string, code: string, state: string): string {
  const url = new URL(redirectUri);
  url.searchParams.set('code', code);
  url.searchParams.set('state', state);
  return url.toString();
}

interface AuthorizeAsk {
  redirectUri: string;
  scope: OAuthScope;
  state: string;
}

function readAuthorize(mp: WechatMpSandbox, q: Record<string, unknown>): AuthorizeAsk | string {
  if (q.appid !== mp.appid) return 'appid 参数错误';
  if (q.response_type !== 'code') return 'response_type 参数错误';
  if (q.scope !== 'snsapi_base' && q.scope !== 'snsapi_userinfo') return 'scope 参数错误';
  const state = typeof q.state === 'string' ? q.state : '';
  if (!STATE.test(state)) return 'state 参数错误（a-zA-Z0-9，最多 128 字节）';
  try {
    const url = new URL(String(q.redirect_uri ?? ''));
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'redirect_uri 参数错误';
    return { redirectUri: url.toString(), scope: q.scope, state };
  } catch {
    return 'redirect_uri 参数错误';
  }
}

export function wechatMpSandboxApi(mp: WechatMpSandbox): Router {
  const router = Router();
  const answer = (fn: (q: Record<string, unknown>) => object) => (req: Request, res: Response) => {
    try {
      res.json(fn(req.query as Record<string, unknown>));
    } catch (err) {
      if (!(err instanceof WechatApiRefusal)) throw err;
      res.json(err.body());
    }
  };

  router.get('/connect/oauth2/authorize', (req, res) => {
    if (!/MicroMessenger/i.test(req.get('user-agent') ?? '')) return page(res, 200, '请在微信客户端打开链接', '');
    const ask = readAuthorize(mp, req.query as Record<string, unknown>);
    if (typeof ask === 'string') return page(res, 400, ask, '');
    const user = mp.user(cookie(req, SANDBOX_USER_COOKIE));
    res.cookie(SANDBOX_USER_COOKIE, user.openid, { httpOnly: true, sameSite: 'lax', path: '/' });
    if (ask.scope === 'snsapi_base') return res.redirect(302, redirectWithCode(ask.redirectUri, mp.issueCode(user.openid, ask.scope), ask.state));
    const hidden = Object.entries({ appid: mp.appid, redirect_uri: ask.redirectUri, response_type: 'code', scope: ask.scope, state: ask.state })
      .map(([k, v]) => `<input type="hidden" name="${k}" value="${escapeHtml(v)}">`).join('');
    page(res, 200, '授权登录', `<p>该网页申请获得你的昵称、头像</p><p><b>${escapeHtml(user.nickname)}</b></p><form method="post" action="/connect/oauth2/authorize/confirm">${hidden}<button class="ok" type="submit">允许</button></form><button class="no" type="button" onclick="document.body.innerHTML='<p>你已拒绝授权</p>'">拒绝</button>`);
  });

  // The user's 允许 on the consent page of snsapi_userinfo.
  router.post('/connect/oauth2/authorize/confirm', express.urlencoded({ extended: false, limit: '4kb' }), (req, res) => {
    const ask = readAuthorize(mp, req.body ?? {});
    const openid = cookie(req, SANDBOX_USER_COOKIE);
    if (typeof ask === 'string' || !openid) return page(res, 400, typeof ask === 'string' ? ask : '请重新打开链接', '');
    res.redirect(302, redirectWithCode(ask.redirectUri, mp.issueCode(mp.user(openid).openid, ask.scope), ask.state));
  });

  router.get('/sns/oauth2/access_token', answer((q) => mp.exchangeCode(q)));
  router.get('/sns/userinfo', answer((q) => mp.userinfo(q)));
  router.get('/cgi-bin/token', answer((q) => mp.appToken(q)));
  router.get('/cgi-bin/ticket/getticket', answer((q) => mp.jsapiTicket(q)));

  // Tests: make a WeChat user (a known UnionID, or none), have it authorize without a browser, read the counters.
  router.post('/sandbox/wechat/users', express.json({ limit: '2kb' }), (req, res) => {
    const parsed = userControl.safeParse(req.body ?? {});
    if (!parsed.success) return res.status(400).json({ errcode: 40097, errmsg: z.prettifyError(parsed.error) });
    const { openid, ...init } = parsed.data;
    res.json(mp.user(openid, init));
  });
  router.post('/sandbox/wechat/codes', express.json({ limit: '2kb' }), (req, res) => {
    const parsed = codeControl.safeParse(req.body ?? {});
    if (!parsed.success) return res.status(400).json({ errcode: 40097, errmsg: z.prettifyError(parsed.error) });
    res.json({ code: mp.issueCode(mp.user(parsed.data.openid).openid, parsed.data.scope) });
  });
  router.get('/sandbox/wechat/stats', (_req, res) => {
    res.json({ calls: mp.calls, ticket: mp.currentTicket() });
  });
  return router;
}
