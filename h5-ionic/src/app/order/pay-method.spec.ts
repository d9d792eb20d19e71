import { choosePayMethod, isDevelopmentHost, jsapiOutcome, type PayEnv } from './pay-method';

const WECHAT = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 MicroMessenger/8.0.47 NetType/WIFI';
const SAFARI = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Version/17.0 Mobile/15E148 Safari/604.1';
const ANDROID_CHROME = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36';
const DESKTOP = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/140.0 Safari/537.36';
const env = (userAgent: string, over: Partial<PayEnv> = {}): PayEnv => ({ userAgent, nativeApp: false, development: false, ...over });

describe('choosePayMethod', () => {
  it('inside WeChat pays by JSAPI, even on the development stack', () => {
    expect(choosePayMethod(env(WECHAT))).toBe('jsapi');
    expect(choosePayMethod(env(WECHAT, { development: true }))).toBe('jsapi');
  });

  it('another phone browser pays by H5', () => {
    expect(choosePayMethod(env(SAFARI))).toBe('h5');
    expect(choosePayMethod(env(ANDROID_CHROME, { development: true }))).toBe('h5');
  });

  it('the Capacitor app pays by APP pay, whatever its web view says', () => {
    expect(choosePayMethod(env(WECHAT, { nativeApp: true }))).toBe('app');
    expect(choosePayMethod(env(ANDROID_CHROME, { nativeApp: true }))).toBe('app');
  });

  it('a desktop browser uses the sandbox in development and cannot pay elsewhere', () => {
    expect(choosePayMethod(env(DESKTOP, { development: true }))).toBe('sandbox');
    expect(choosePayMethod(env(DESKTOP))).toBe('none');
  });

  it('knows the development hosts and WeChat’s JSAPI answers', () => {
    expect(isDevelopmentHost('127.0.0.1')).toBeTrue();
    expect(isDevelopmentHost('h5.example.com')).toBeFalse();
    expect(jsapiOutcome('get_brand_wcpay_request:ok')).toBe('ok');
    expect(jsapiOutcome('get_brand_wcpay_request:cancel')).toBe('cancel');
    expect(jsapiOutcome('get_brand_wcpay_request:fail')).toBe('fail');
    expect(jsapiOutcome(undefined)).toBe('fail');
  });
});
