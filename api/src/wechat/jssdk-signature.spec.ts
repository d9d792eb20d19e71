import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { jssdkSignature, newNonceStr, signableUrl } from './jssdk-signature';

/** WeChat's worked example (JS-SDK说明文档, 附录1-JS-SDK使用权限签名算法). */
const EXAMPLE = {
  ticket: 'sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg',
  nonceStr: 'Wm3WZYTPz0wzccnW',
  timestamp: 1414587457,
  url: 'http://mp.weixin.qq.com?params=value',
};

describe('JS-SDK signature', () => {
  test('matches the signature of WeChat’s published example', () => {
    assert.equal(jssdkSignature(EXAMPLE), '0f9de62fce790f9a083d5c99e95740ceb90c27ed');
  });

  test('signs the URL without its # part, and only that part changes nothing', () => {
    assert.equal(signableUrl('https://h5.example.com/c/12?ref=7#/share'), 'https://h5.example.com/c/12?ref=7');
    assert.equal(jssdkSignature({ ...EXAMPLE, url: `${EXAMPLE.url}#anything` }), '0f9de62fce790f9a083d5c99e95740ceb90c27ed');
    assert.notEqual(jssdkSignature({ ...EXAMPLE, url: `${EXAMPLE.url}&x=1` }), '0f9de62fce790f9a083d5c99e95740ceb90c27ed');
  });

  test('nonces are 16 letters and digits, and differ', () => {
    const a = newNonceStr();
    assert.match(a, /^[A-Za-z0-9]{16}$/);
    assert.notEqual(a, newNonceStr());
  });
});
