import { AppError } from '../../common/app-error';
import { logger } from '../../common/logger';
import { redisClient } from '../../common/redis';
import { config } from '../../config';

/** Sends a login code by SMS. A real provider (Aliyun, Tencent Cloud…) implements this; see `smsProvider`. */
export interface SmsProvider {
  sendLoginCode(phone: string, code: string, ttlSeconds: number): Promise<void>;
}

/** Where the development provider leaves each phone's last code, for tests (never written in production). */
export const devOutboxKey = (phone: string) => `dmh:sms-dev-outbox:${phone}`;

/**
 * Development and tests: logs the code instead of sending it, and keeps the last code per phone in Redis
 * (`dmh:sms-dev-outbox:<phone>`, as long as the code lives) so an end-to-end test can read it as a phone
 * would. The configuration refuses this provider in production.
 */
export class DevelopmentSmsProvider implements SmsProvider {
  async sendLoginCode(phone: string, code: string, ttlSeconds: number): Promise<void> {
    logger.info({ phone, code }, 'SMS (development provider, not sent): login code');
    await redisClient().set(devOutboxKey(phone), code, 'EX', ttlSeconds);
  }
}

/** No provider configured: sending answers 503, and nothing is stored. */
export class UnavailableSmsProvider implements SmsProvider {
  async sendLoginCode(): Promise<void> {
    throw AppError.unavailable('SMS sending', 60);
  }
}

export function smsProvider(): SmsProvider {
  return config().SMS_PROVIDER === 'development' ? new DevelopmentSmsProvider() : new UnavailableSmsProvider();
}
