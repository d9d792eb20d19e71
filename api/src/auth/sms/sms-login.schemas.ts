import { z } from '../../common/zod';
import { phone } from '../../common/schema-fields';

export const smsSendBody = z.object({ phone }).strict();
export const smsLoginBody = z.object({ phone, code: z.string().regex(/^\d{6}$/, 'six digits') }).strict();
export const smsSentSchema = z.object({
  /** Seconds the code is valid. */
  expiresIn: z.int(),
  /** Seconds before another code may be asked for this phone. */
  resendAfter: z.int(),
});
