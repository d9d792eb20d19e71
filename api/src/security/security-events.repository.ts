import { database } from '../common/database';
import { logger } from '../common/logger';

export type SecuritySeverity = 'low' | 'medium' | 'high' | 'critical';

/** Records an anomaly for admins (forged callbacks, brute force, token reuse). Never fails its caller. */
export async function recordSecurityEvent(type: string, severity: SecuritySeverity, ip: string | undefined, detail: object): Promise<void> {
  try {
    await database().query('INSERT INTO security_events (type, severity, ip, detail) VALUES (?, ?, ?, ?)', [
      type, severity, ip ?? '', JSON.stringify(detail),
    ]);
  } catch (err) {
    logger.error({ err, type, detail }, 'could not record security event');
  }
}
