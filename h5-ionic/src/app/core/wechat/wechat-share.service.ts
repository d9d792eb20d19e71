import { DOCUMENT } from '@angular/common';
import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { Api } from '../api/api.service';
import { JSSDK_SCRIPT_URL, LANDING_URL, SHARE_APIS, type ShareContent, urlToSign, wantsJssdk } from './wechat-share';

/** The part of WeChat's `wx` object the app uses. */
interface Wx {
  config(c: { debug: boolean; appId: string; timestamp: number; nonceStr: string; signature: string; jsApiList: readonly string[] }): void;
  ready(fn: () => void): void;
  error(fn: (res: unknown) => void): void;
  updateAppMessageShareData(c: ShareContent): void;
  updateTimelineShareData(c: Omit<ShareContent, 'desc'>): void;
}

/**
 * The share card inside WeChat: loads the JS-SDK (inside WeChat only), has the API sign the page (on iOS
 * the URL first landed on), calls wx.config and sets what "send to a friend" and "moments" show. Outside
 * WeChat it does nothing; a failure leaves WeChat's default share (the page title and URL).
 */
@Injectable({ providedIn: 'root' })
export class WechatShare {
  private readonly api = inject(Api);
  private readonly document = inject(DOCUMENT);
  private script: Promise<Wx> | null = null;
  /** What the last configure did, for the page and tests: 'ready', 'failed' or null (not inside WeChat). */
  status: 'ready' | 'failed' | null = null;

  async configure(content: ShareContent, userAgent = globalThis.navigator?.userAgent ?? ''): Promise<void> {
    if (!wantsJssdk(userAgent)) return;
    try {
      const wx = await this.load();
      const url = urlToSign(userAgent, LANDING_URL, this.document.location.href);
      const signed = await firstValueFrom(this.api.post('/api/v1/wechat/jssdk-signature', { body: { url } }));
      await new Promise<void>((resolve, reject) => {
        wx.config({ debug: false, appId: signed.appId, timestamp: signed.timestamp, nonceStr: signed.nonceStr, signature: signed.signature, jsApiList: SHARE_APIS });
        wx.error(reject);
        wx.ready(() => {
          wx.updateAppMessageShareData(content);
          wx.updateTimelineShareData({ title: content.title, link: content.link, imgUrl: content.imgUrl });
          resolve();
        });
      });
      this.status = 'ready';
    } catch {
      this.status = 'failed';
    }
  }

  private load(): Promise<Wx> {
    const present = (globalThis as { wx?: Wx }).wx;
    if (present) return Promise.resolve(present);
    this.script ??= new Promise<Wx>((resolve, reject) => {
      const tag = this.document.createElement('script');
      tag.src = JSSDK_SCRIPT_URL;
      tag.async = true;
      tag.onload = () => ((globalThis as { wx?: Wx }).wx ? resolve((globalThis as { wx?: Wx }).wx!) : reject(new Error('no wx')));
      tag.onerror = () => {
        this.script = null;
        reject(new Error('JS-SDK did not load'));
      };
      this.document.head.appendChild(tag);
    });
    return this.script;
  }
}
