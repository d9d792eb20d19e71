import { ERROR_CODES } from '@dmh/api-client';
import { NEVER, TimeoutError } from 'rxjs';
import { ApiError, NETWORK_ERROR } from './api-error';
import { errorText } from './error-text';
import { load } from './load';

describe('errorText', () => {
  it('says what to do when offline, whatever failed', () => {
    expect(errorText(new ApiError(500, 50000, 'x'), false)).toBe('当前没有网络，请连接网络后重试');
  });

  it('words a timeout, a network failure, a known code and a server failure', () => {
    expect(errorText(new TimeoutError(), true)).toBe('请求超时，请检查网络后重试');
    expect(errorText(new ApiError(0, NETWORK_ERROR, 'x'), true)).toBe('网络连接失败，请检查网络后重试');
    expect(errorText(new ApiError(409, ERROR_CODES.ORDER_DUPLICATE.code, 'x'), true)).toBe('您已参与过该活动');
    expect(errorText(new ApiError(503, 50300, 'x'), true)).toBe('服务暂时不可用，请稍后重试');
  });

  it('a read that never answers times out', async () => {
    await expectAsync(load(NEVER, 10)).toBeRejectedWithError(TimeoutError);
  });
});
