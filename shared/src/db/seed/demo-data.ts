import type { FormField } from '../../forms/form-fields';
import type { RewardLevelRule } from '../../rewards/reward-rule';

/** Demo accounts: the passwords satisfy the default password policy. */
export const DEMO_ADMIN = { username: 'admin', password: 'Admin@12345', realName: '平台管理员' };
export const DEMO_BRAND_ADMIN = { username: 'brandadmin', password: 'Brand@12345', realName: '品牌管理员' };
export const DEMO_DISTRIBUTORS = [
  { username: 'dist1', level: 1 },
  { username: 'dist2', level: 2 },
  { username: 'dist3', level: 3 },
];
export const DEMO_DISTRIBUTOR_PASSWORD = 'Dist@12345';

export const DEMO_BRAND = {
  name: 'Demo Coffee 示例咖啡',
  description: 'A demo brand for local development',
  settings: { rewardLevels: 3 },
};

export const DEMO_CAMPAIGN_NAME = 'Spring Coffee Workshop 春季咖啡品鉴会';

export const DEMO_FORM_FIELDS: FormField[] = [
  { key: 'name', label: '姓名', type: 'text', required: true, maxLength: 50 },
  { key: 'phone', label: '手机号', type: 'phone', required: true },
  { key: 'city', label: '城市', type: 'select', required: false, options: ['上海', '北京', '深圳'] },
];

export const DEMO_REWARD_LEVELS: RewardLevelRule[] = [
  { level: 1, mode: 'fixed', amount: '10.00' },
  { level: 2, mode: 'fixed', amount: '5.00' },
  { level: 3, mode: 'fixed', amount: '2.00' },
];

export const DEFAULT_PASSWORD_POLICY = {
  name: 'default',
  minLength: 8,
  requireUpper: true,
  requireLower: true,
  requireDigit: true,
  requireSpecial: true,
  historyCount: 5,
  maxAgeDays: 90,
  maxLoginAttempts: 5,
  lockoutMinutes: 30,
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** The live window: opened yesterday, closes in 30 days (fixed when the campaign is first seeded). */
export function demoCampaignWindow(now: Date): { startTime: Date; endTime: Date } {
  return { startTime: new Date(now.getTime() - DAY_MS), endTime: new Date(now.getTime() + 30 * DAY_MS) };
}
