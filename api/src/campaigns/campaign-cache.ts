import { FormField, formFieldsSchema } from '@dmh/shared';
import { config } from '../config';
import { database } from '../common/database';
import { logger } from '../common/logger';
import { redisClient } from '../common/redis';

/** What sign-up needs to know about a campaign: cached in Redis for 5 minutes, invalidated on update. */
export interface SignupCampaign {
  id: string;
  brandId: string;
  name: string;
  price: string;
  status: string;
  startTime: string;
  endTime: string;
  formFields: FormField[];
}

const key = (id: string) => `dmh:campaign:${id}`;

export async function signupCampaign(id: string): Promise<SignupCampaign | null> {
  const cached = await redisClient().get(key(id)).catch((err) => {
    logger.warn({ err }, 'campaign cache unavailable, reading MySQL');
    return null;
  });
  if (cached) return JSON.parse(cached) as SignupCampaign;
  const [row] = await database().query(
    'SELECT id, brand_id, name, price, status, start_time, end_time, form_fields FROM campaigns WHERE id = ? AND deleted_at IS NULL',
    [id],
  );
  if (!row) return null;
  const campaign: SignupCampaign = {
    id: String(row.id),
    brandId: String(row.brand_id),
    name: row.name,
    price: row.price,
    status: row.status,
    startTime: new Date(row.start_time).toISOString(),
    endTime: new Date(row.end_time).toISOString(),
    formFields: formFieldsSchema.parse(typeof row.form_fields === 'string' ? JSON.parse(row.form_fields) : row.form_fields),
  };
  await redisClient().set(key(id), JSON.stringify(campaign), 'EX', config().CAMPAIGN_CACHE_SECONDS).catch(() => undefined);
  return campaign;
}

export async function invalidateCampaign(id: string): Promise<void> {
  await redisClient().del(key(id));
}
