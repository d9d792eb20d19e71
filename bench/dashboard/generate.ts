import type { Connection } from 'mysql2/promise';

/**
 * The data set for the dashboard: BENCH_ORDERS orders (one million by default) over the last 365
 * days in 20 brands of 10 campaigns, 100 distributors per brand; 60 % paid, 2 % refunded, half of the paid
 * ones referred (a settled level-1 reward each), 0.1 % with a failed sync; campaign views in 30 % of the hours;
 * 5000 withdrawals. Written with multi-row INSERTs (and INSERT … SELECT for the rewards), not through the API.
 */
export const BRANDS = 20;
const CAMPAIGNS_PER_BRAND = 10;
const DISTRIBUTORS_PER_BRAND = 100;
const BATCH = 5000;
const DAY = 86_400_000;

/** A small deterministic generator (the same data set on every run). */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function insertRows(db: Connection, head: string, rows: unknown[][]): Promise<void> {
  if (rows.length === 0) return;
  await db.query(`${head} VALUES ?`, [rows]);
}

export async function generate(db: Connection, orders: number, now = Date.now(), log = (s: string) => console.log(s)): Promise<void> {
  const random = prng(42);
  const brandIds: number[] = [];
  for (let b = 0; b < BRANDS; b++) {
    const [r] = await db.query<any>("INSERT INTO brands (name, status, settings) VALUES (?, 'active', '{}')", [`Bench Brand ${b}`]);
    brandIds.push(r.insertId);
  }
  const campaigns: { id: number; brandId: number }[] = [];
  const distributors = new Map<number, number[]>();
  for (const brandId of brandIds) {
    for (let c = 0; c < CAMPAIGNS_PER_BRAND; c++) {
      const [r] = await db.query<any>(
        `INSERT INTO campaigns (brand_id, name, form_fields, reward_rule, reward_levels, price, start_time, end_time, status)
         VALUES (?, ?, '[]', '10.00', '[]', '99.00', ?, ?, 'active')`,
        [brandId, `Bench Campaign ${brandId}-${c}`, new Date(now - 400 * DAY), new Date(now + 30 * DAY)],
      );
      campaigns.push({ id: r.insertId, brandId });
    }
    const users: unknown[][] = Array.from({ length: DISTRIBUTORS_PER_BRAND }, (_, i) => [`bench_${brandId}_${i}`, 'x', 'active']);
    const [u] = await db.query<any>('INSERT INTO users (username, password_hash, status) VALUES ?', [users]);
    const rows = users.map((_, i) => [u.insertId + i, brandId, 1, 'active']);
    const [d] = await db.query<any>('INSERT INTO distributors (user_id, brand_id, level, status) VALUES ?', [rows]);
    distributors.set(brandId, rows.map((_, i) => d.insertId + i));
  }
  log(`brands, campaigns, distributors written; orders: ${orders}`);
  const started = Date.now();
  for (let from = 0; from < orders; from += BATCH) {
    const rows: unknown[][] = [];
    for (let i = from; i < Math.min(orders, from + BATCH); i++) {
      const campaign = campaigns[Math.floor(random() * campaigns.length)];
      const created = new Date(now - Math.floor(random() * 365 * DAY));
      const roll = random();
      const pay = roll < 0.6 ? 'paid' : roll < 0.62 ? 'refunded' : 'unpaid';
      const paidAt = pay === 'unpaid' ? null : new Date(Math.min(now, created.getTime() + Math.floor(random() * 600_000)));
      const referrer = pay === 'paid' && random() < 0.5 ? distributors.get(campaign.brandId)![Math.floor(random() * DISTRIBUTORS_PER_BRAND)] : 0;
      const status = pay === 'unpaid' ? 'pending' : pay;
      rows.push([`B${String(i).padStart(14, '0')}`, campaign.id, campaign.brandId, `1${String(i).padStart(10, '0')}`, '{}', referrer, status, '99.00', pay, paidAt, created]);
    }
    await insertRows(db, 'INSERT INTO orders (order_no, campaign_id, brand_id, phone, form_data, referrer_id, status, amount, pay_status, paid_at, created_at)', rows);
    if ((from / BATCH) % 20 === 0) log(`  orders ${from + rows.length} (${Math.round((Date.now() - started) / 1000)} s)`);
  }
  await db.query(
    `INSERT INTO rewards (order_id, campaign_id, brand_id, user_id, distributor_id, level, amount, status, settled_at)
     SELECT o.id, o.campaign_id, o.brand_id, d.user_id, d.id, 1, '10.00', 'settled', o.paid_at + INTERVAL 1 SECOND
       FROM orders o JOIN distributors d ON d.id = o.referrer_id WHERE o.referrer_id <> 0 AND o.order_no LIKE 'B%'`,
  );
  log(`rewards written (${Math.round((Date.now() - started) / 1000)} s)`);
  // The sync worker's record: every paid or refunded order synced, one in a thousand failed.
  await db.query(
    `INSERT INTO order_sync_states (order_id, brand_id, status)
     SELECT id, brand_id, IF(MOD(id, 1000) = 0, 'failed', 'synced') FROM orders WHERE pay_status <> 'unpaid' AND order_no LIKE 'B%'`,
  );
  const hourNow = Math.floor(now / 3_600_000);
  // Views in 30 % of the hours at one million orders, fewer for a smaller data set (the integration test's).
  const viewShare = 0.3 * Math.min(1, orders / 1_000_000);
  for (const campaign of campaigns) {
    const rows: unknown[][] = [];
    for (let h = hourNow - 365 * 24; h <= hourNow; h++) {
      if (random() < viewShare) rows.push([campaign.id, campaign.brandId, new Date(h * 3_600_000), 1 + Math.floor(random() * 40)]);
    }
    for (let i = 0; i < rows.length; i += BATCH) await insertRows(db, 'INSERT INTO campaign_view_hours (campaign_id, brand_id, hour, views)', rows.slice(i, i + BATCH));
  }
  const withdrawals = Array.from({ length: 5000 }, (_, i) => {
    const brandId = brandIds[i % BRANDS];
    return [distributors.get(brandId)![i % DISTRIBUTORS_PER_BRAND], brandId, '12.34', ['requested', 'approved', 'paid', 'rejected'][i % 4]];
  });
  await insertRows(db, 'INSERT INTO withdrawals (user_id, brand_id, amount, status)', withdrawals);
  await db.query('ANALYZE TABLE orders, rewards, campaign_view_hours, withdrawals');
  log(`data set ready in ${Math.round((Date.now() - started) / 1000)} s`);
}
