import { randomBytes } from 'node:crypto';
import bcrypt from 'bcrypt';
import { db, one } from './db';

const unique = () => randomBytes(5).toString('hex');

export interface RewardLevelSpec {
  level: number;
  mode: 'fixed' | 'percent';
  amount?: string;
  percent?: string;
}

export async function createBrand(settings: { rewardLevels?: number } = {}): Promise<string> {
  const [r] = await db().query<any>('INSERT INTO brands (name, status, settings) VALUES (?, ?, ?)', [`Test Brand ${unique()}`, 'active', JSON.stringify(settings)]);
  return String(r.insertId);
}

export async function createUser(role: string, password = 'Test@12345'): Promise<{ userId: string; username: string; password: string }> {
  const username = `u_${unique()}`;
  const [r] = await db().query<any>('INSERT INTO users (username, password_hash, status) VALUES (?, ?, ?)', [username, await bcrypt.hash(password, 4), 'active']);
  const userId = String(r.insertId);
  const roleRow = await one<{ id: string }>('SELECT id FROM roles WHERE code = ?', [role]);
  if (roleRow) await db().query('INSERT INTO user_roles (user_id, role_id) VALUES (?, ?)', [userId, roleRow.id]);
  return { userId, username, password };
}

export interface ChainMember {
  distributorId: string;
  userId: string;
  username: string;
  password: string;
}

/** A chain top-down: [0] has no parent (level 1), [1] is its child (level 2), [2] its grandchild (level 3). */
export async function createDistributorChain(brandId: string, depth = 3): Promise<ChainMember[]> {
  const chain: ChainMember[] = [];
  for (let level = 1; level <= depth; level++) {
    const user = await createUser('distributor');
    const parent = chain[level - 2]?.distributorId ?? null;
    const [r] = await db().query<any>(
      "INSERT INTO distributors (user_id, brand_id, level, parent_id, status, approved_at) VALUES (?, ?, ?, ?, 'active', NOW(3))",
      [user.userId, brandId, level, parent],
    );
    await db().query('INSERT IGNORE INTO user_balances (user_id) VALUES (?)', [user.userId]);
    chain.push({ distributorId: String(r.insertId), ...user });
  }
  return chain;
}

export interface CampaignSpec {
  price?: string;
  quota?: number | null;
  rewardLevels?: RewardLevelSpec[];
  startOffsetMs?: number;
  endOffsetMs?: number;
  status?: string;
}

export const DEFAULT_REWARD_LEVELS: RewardLevelSpec[] = [
  { level: 1, mode: 'fixed', amount: '10.00' },
  { level: 2, mode: 'fixed', amount: '5.00' },
  { level: 3, mode: 'fixed', amount: '2.00' },
];

export const FORM_FIELDS = [
  { key: 'name', label: '姓名', type: 'text', required: true, maxLength: 50 },
  { key: 'phone', label: '手机号', type: 'phone', required: true },
];

export async function createCampaign(brandId: string, spec: CampaignSpec = {}): Promise<string> {
  const now = Date.now();
  const [r] = await db().query<any>(
    `INSERT INTO campaigns (brand_id, name, form_fields, reward_rule, reward_levels, price, quota, start_time, end_time, status)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      brandId, `Test Campaign ${unique()}`, JSON.stringify(FORM_FIELDS), '10.00', JSON.stringify(spec.rewardLevels ?? DEFAULT_REWARD_LEVELS),
      spec.price ?? '99.00', spec.quota ?? null, new Date(now + (spec.startOffsetMs ?? -86_400_000)), new Date(now + (spec.endOffsetMs ?? 86_400_000)),
      spec.status ?? 'active',
    ],
  );
  return String(r.insertId);
}

let phoneCounter = 0;
/** Distinct valid mainland mobile numbers for one test run. */
export function nextPhone(): string {
  phoneCounter += 1;
  const base = Number.parseInt(randomBytes(2).toString('hex'), 16) % 1000;
  return `139${String(base).padStart(3, '0')}${String(phoneCounter).padStart(5, '0')}`;
}

/** A brand admin of the given brands (user_brands rows), with a password that passes the policy. */
export async function createBrandAdmin(...brandIds: string[]): Promise<{ userId: string; username: string; password: string }> {
  const user = await createUser('brand_admin');
  for (const brandId of brandIds) await db().query('INSERT INTO user_brands (user_id, brand_id) VALUES (?, ?)', [user.userId, brandId]);
  return user;
}
