import { readFileSync } from 'node:fs';
import { logger } from '../common/logger';

/**
 * A test-only hook (config refuses it in production): when `file` names this order, the watch stops for
 * `pauseMs` between WeChat's answer that the order is paid and the paid transaction, and says so in the log,
 * so a fault test can SIGKILL the API exactly there. Without the file (or naming another order) it costs a stat.
 */
export function pauseBeforeApplyingPayment(file: string, pauseMs: number): (orderNo: string) => Promise<void> {
  return async (orderNo) => {
    let named = '';
    try {
      named = readFileSync(file, 'utf8').trim();
    } catch {
      return;
    }
    if (named !== orderNo) return;
    logger.warn({ orderNo, pauseMs }, 'test pause: WeChat says paid, the paid transaction waits');
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  };
}
