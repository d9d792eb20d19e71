export const API_URL = process.env.DMH_API_URL ?? 'http://127.0.0.1:8889';
export const SANDBOX_URL = process.env.DMH_SANDBOX_URL ?? 'http://127.0.0.1:8890';

export interface ApiAnswer<T = any> {
  status: number;
  body: { code: number | string; message: string; data: T };
  headers: Headers;
}

/** A thin client for the real API over HTTP. */
export async function call<T = any>(method: string, path: string, body?: unknown, token?: string): Promise<ApiAnswer<T>> {
  const response = await fetch(`${API_URL}${path}`, {
    method,
    headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
}

export async function login(username: string, password: string): Promise<string> {
  const answer = await call('POST', '/api/v1/auth/login', { username, password });
  if (answer.status !== 200) throw new Error(`login ${username} failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body.data.accessToken;
}

export async function createOrder(campaignId: string, phone: string, referrerId?: string): Promise<{ orderId: string; orderNo: string; amount: string }> {
  const answer = await call('POST', '/api/v1/orders', { campaignId, phone, formData: { name: '测试用户', phone }, referrerId });
  if (answer.status !== 201) throw new Error(`order failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body.data;
}

/** Runs `fn` over items with at most `limit` in flight. */
export async function inParallel<T, R>(items: T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  });
  await Promise.all(workers);
  return results;
}

export async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 30_000, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}
