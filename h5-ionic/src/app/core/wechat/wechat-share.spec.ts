import { isIos, shareContent, urlToSign, wantsJssdk } from './wechat-share';

const IOS_WECHAT = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 MicroMessenger/8.0.47 NetType/WIFI';
const ANDROID_WECHAT = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36 MicroMessenger/8.0.47.2560';
const SAFARI = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Version/17.0 Mobile/15E148 Safari/604.1';

describe('WeChat share (JS-SDK)', () => {
  it('loads the JS-SDK only inside WeChat', () => {
    expect(wantsJssdk(IOS_WECHAT)).toBeTrue();
    expect(wantsJssdk(ANDROID_WECHAT)).toBeTrue();
    expect(wantsJssdk(SAFARI)).toBeFalse();
  });

  it('signs the first URL landed on in iOS WeChat, the current one elsewhere, never the # part', () => {
    const landing = 'https://h5.example.com/h5/campaigns/12?ref=7';
    const current = 'https://h5.example.com/c/12?ref=7#top';
    expect(isIos(IOS_WECHAT)).toBeTrue();
    expect(urlToSign(IOS_WECHAT, landing, current)).toBe(landing);
    expect(urlToSign(ANDROID_WECHAT, landing, current)).toBe('https://h5.example.com/c/12?ref=7');
    expect(urlToSign(IOS_WECHAT, `${landing}#x`, current)).toBe(landing);
  });

  it('shares the link with its ref but without a preview token, and an absolute image', () => {
    const c = shareContent('春季体验课', null, 'https://h5.example.com/c/12?preview=abc&ref=7#x', '/assets/cover.png', 'https://h5.example.com');
    expect(c.link).toBe('https://h5.example.com/c/12?ref=7');
    expect(c.imgUrl).toBe('https://h5.example.com/assets/cover.png');
    expect(c.desc).toBe('报名参加活动');
    expect(shareContent('x', 'y', 'https://h5.example.com/c/12?preview=abc', null, 'https://h5.example.com').link).toBe('https://h5.example.com/c/12');
  });
});
