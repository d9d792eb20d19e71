/** How the sandbox reaches the merchant: POST the signed notification, report what the merchant answered. */
import type { SignedMessage } from '@dmh/shared/dist/wechatpay';

export interface MerchantAnswer {
  status: number;
  body: string;
  contentType?: string;
}

/** A sandbox failure, carrying the code and HTTP status WeChat Pay would answer with. */
export class SandboxError extends Error {
  constructor(readonly code: string, readonly status: number, message: string) {
    super(message);
    this.name = 'SandboxError';
  }
}

/** WeChat Pay waits 5 s for the merchant; it then counts the notification as failed and retries later. */
export async function deliverNotification(
  fetchFn: typeof fetch,
  url: string,
  message: SignedMessage,
): Promise<MerchantAnswer> {
  try {
    const response = await fetchFn(url, {
      method: 'POST',
      headers: { ...message.headers, 'User-Agent': 'Mozilla/4.0' },
      body: message.body,
      signal: AbortSignal.timeout(5_000),
    });
    const contentType = response.headers.get('content-type') ?? undefined;
    return { status: response.status, body: await response.text(), ...(contentType && { contentType }) };
  } catch {
    throw new SandboxError('NOTIFY_UNREACHABLE', 502, 'the notify_url did not answer');
  }
}
