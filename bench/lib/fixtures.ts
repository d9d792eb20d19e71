import { randomBytes } from 'node:crypto';
import { db, one } from '../../tests/integration/support/db';
import { createBrand, createCampaign, DEFAULT_REWARD_LEVELS } from '../../tests/integration/support/factories';

/**
 * What the benchmark needs in DMH's database, written with direct SQL (multi-row inserts) so that only the
 * payment callback path is measured: distributors, and PENDING orders exactly as `POST /api/v1/orders`
 * leaves them (unpaid, referrer set). Orders made this way skip CampaignActor's seat and duplicate-phone
 * checks (the campaign has no quota, and every phone is distinct) and member matching (they all point at one
 * benchmark member, so the API's member re-drive leaves them alone): neither is on the paid path.
 */

export interface BenchCampaign {
  brandId: string;
  campaignId: string;
  memberId: string;
  /** Price in cents, what each notification must carry. */
  amountFen: number;
}

export interface BenchOrder {
  orderNo: string;
  referrerId: string;
}

const CHUNK = 1000;
const tag = randomBytes(3).toString('hex');

export async function benchCampaign(): Promise<BenchCampaign> {
  const brandId = await createBrand({ rewardLevels: 3 });
  const campaignId = await createCampaign(brandId, { price: '99.00', quota: null, rewardLevels: DEFAULT_REWARD_LEVELS });
  const [member] = await db().query<any>("INSERT INTO members (unionid, nickname, first_source) VALUES (?, 'bench', 'bench')", [`bench-${tag}-${campaignId}`]);
  return { brandId, campaignId, memberId: String(member.insertId), amountFen: 9900 };
}

async function insertChunks(rows: unknown[][], sql: string): Promise<number> {
  let firstId = 0;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const [r] = await db().query<any>(sql, [rows.slice(i, i + CHUNK)]);
    if (i === 0) firstId = Number(r.insertId);
  }
  return firstId;
}

/**
 * `count` distributor chains of `depth` (top first, each the parent of the next), active, with empty balances.
 * Returns, per chain, the id of its deepest distributor: an order it refers pays every level of its chain.
 */
let chainCalls = 0;

export async function distributorChains(brandId: string, count: number, depth: number): Promise<string[]> {
  const call = `${tag}c${(chainCalls += 1)}`;
  const hash = '$2b$04$benchbenchbenchbenchbeOq1b3s0w6m0wq8yq6x6w1n2K5F0y7a.'; // never logged in with
  const levels: string[][] = [];
  let parents: (string | null)[] = Array.from({ length: count }, () => null);
  for (let level = 1; level <= depth; level++) {
    const names = Array.from({ length: count }, (_, i) => [`b${call}_${level}_${i}_${brandId}`, hash, 'active']);
    await insertChunks(names, 'INSERT INTO users (username, password_hash, status) VALUES ?');
    const users = await db().query<any>('SELECT id, username FROM users WHERE username LIKE ? ORDER BY id', [`b${call}\\_${level}\\_%\\_${brandId}`]);
    const userIds = new Map<string, string>((users[0] as any[]).map((u) => [u.username, String(u.id)]));
    const ids = names.map(([name]) => userIds.get(name as string) as string);
    await insertChunks(ids.map((id) => [id]), 'INSERT IGNORE INTO user_balances (user_id) VALUES ?');
    await insertChunks(
      ids.map((userId, i) => [userId, brandId, level, parents[i], 'active', new Date()]),
      'INSERT INTO distributors (user_id, brand_id, level, parent_id, status, approved_at) VALUES ?',
    );
    const [dist] = await db().query<any>('SELECT id, user_id FROM distributors WHERE brand_id = ? AND level = ? ORDER BY id', [brandId, level]);
    const byUser = new Map<string, string>((dist as any[]).map((d) => [String(d.user_id), String(d.id)]));
    const distributorIds = ids.map((u) => byUser.get(u) as string);
    levels.push(distributorIds);
    parents = distributorIds;
  }
  return levels[depth - 1];
}

/** The user behind a distributor (whose balance its rewards go to). */
export async function userOf(distributorId: string): Promise<string> {
  return String((await one<{ user_id: string }>('SELECT user_id FROM distributors WHERE id = ?', [distributorId])).user_id);
}

let orderSeq = 0;

/** `count` pending, unpaid orders of the campaign, referred round-robin by `referrers`. */
export async function pendingOrders(c: BenchCampaign, count: number, referrers: readonly string[], prefix: string): Promise<BenchOrder[]> {
  const orders: BenchOrder[] = [];
  const rows: unknown[][] = [];
  for (let i = 0; i < count; i++) {
    orderSeq += 1;
    const orderNo = `B${prefix}${tag}${String(orderSeq).padStart(8, '0')}`.slice(0, 32);
    const phone = `13${String(orderSeq).padStart(9, '0')}`;
    const referrerId = referrers[i % referrers.length];
    orders.push({ orderNo, referrerId });
    rows.push([orderNo, c.campaignId, c.brandId, c.memberId, phone, JSON.stringify({ name: '压测', phone }), referrerId, 'pending', '99.00', 'unpaid']);
  }
  await insertChunks(
    rows,
    'INSERT INTO orders (order_no, campaign_id, brand_id, member_id, phone, form_data, referrer_id, status, amount, pay_status) VALUES ?',
  );
  return orders;
}
