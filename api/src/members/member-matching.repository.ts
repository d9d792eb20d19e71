import type { EntityManager, QueryRunner } from 'typeorm';
import { database } from '../common/database';
import type { FormProfile, MatchCandidate } from './member-matching';

/** The order a match is for, read from the row the actor wrote (the source of truth). */
export interface OrderToMatch {
  id: string;
  campaignId: string;
  brandId: string;
  phone: string;
  formData: Record<string, unknown>;
  memberId: string | null;
  createdAt: Date;
}

export interface NewMember {
  unionid: string;
  openid: string | null;
  phone: string;
  nickname: string | null;
  gender: string | null;
  firstSource: string;
  conflictMemberId: string | null;
}

const candidate = (r: any): MatchCandidate => ({
  id: String(r.id),
  unionid: r.unionid,
  status: r.status,
  mergedIntoId: r.merged_into_id === null ? null : String(r.merged_into_id),
});

/** SQL of sign-up matching. Every write runs inside the caller's transaction (`em`). */
export class MemberMatchingRepository {
  async order(orderId: string): Promise<OrderToMatch | null> {
    const [r] = await database().query(
      'SELECT id, campaign_id, brand_id, phone, form_data, member_id, created_at FROM orders WHERE id = ? AND deleted_at IS NULL',
      [orderId],
    );
    if (!r) return null;
    const formData = typeof r.form_data === 'string' ? JSON.parse(r.form_data) : r.form_data;
    return {
      id: String(r.id),
      campaignId: String(r.campaign_id),
      brandId: String(r.brand_id),
      phone: r.phone,
      formData: formData ?? {},
      memberId: r.member_id === null ? null : String(r.member_id),
      createdAt: new Date(r.created_at),
    };
  }

  async byKey(em: EntityManager, key: string): Promise<MatchCandidate | null> {
    const [r] = await em.query('SELECT id, unionid, status, merged_into_id FROM members WHERE unionid = ?', [key]);
    return r ? candidate(r) : null;
  }

  async byPhone(em: EntityManager, phone: string): Promise<MatchCandidate[]> {
    const rows = await em.query('SELECT id, unionid, status, merged_into_id FROM members WHERE phone = ? ORDER BY id LIMIT 20', [phone]);
    return rows.map(candidate);
  }

  /** Inserts the member, or (another sign-up won the race for the same key) answers the existing one's id. */
  async insert(em: EntityManager, m: NewMember): Promise<string> {
    const result = await em.query(
      `INSERT INTO members (unionid, openid, phone, nickname, gender, status, first_source, conflict_member_id)
       VALUES (?, ?, ?, ?, ?, 'active', ?, ?) ON DUPLICATE KEY UPDATE id = LAST_INSERT_ID(id)`,
      [m.unionid, m.openid, m.phone, m.nickname, m.gender, m.firstSource, m.conflictMemberId],
    );
    return String(result.insertId);
  }

  /** Gives a phone-only member its UnionID; false when another sign-up got there first. */
  async claim(em: EntityManager, memberId: string, phoneKey: string, unionid: string): Promise<boolean> {
    const result = await em.query('UPDATE members SET unionid = ? WHERE id = ? AND unionid = ?', [unionid, memberId, phoneKey]);
    return result.affectedRows === 1;
  }

  /** Follows a merge pointer to the surviving member (pointers are kept flat by the merge). */
  async survivor(em: EntityManager, memberId: string): Promise<string> {
    const [r] = await em.query('SELECT id, merged_into_id FROM members WHERE id = ? FOR UPDATE', [memberId]);
    if (!r) throw new Error(`member ${memberId} vanished during matching`);
    return r.merged_into_id === null ? String(r.id) : this.survivor(em, String(r.merged_into_id));
  }

  /** Fills what the member does not have yet; what it has (maybe edited by an admin) is kept. */
  async fillBlanks(em: EntityManager, memberId: string, v: { phone: string; openid: string | null; nickname?: string; gender?: string }): Promise<void> {
    await em.query(
      `UPDATE members SET phone = COALESCE(phone, ?), openid = COALESCE(?, openid), nickname = COALESCE(nickname, ?),
              gender = COALESCE(gender, ?) WHERE id = ?`,
      [v.phone, v.openid, v.nickname ?? null, v.gender ?? null, memberId],
    );
  }

  async fillProfile(em: EntityManager, memberId: string, p: FormProfile): Promise<void> {
    await em.query('INSERT INTO member_profiles (member_id) VALUES (?) ON DUPLICATE KEY UPDATE member_id = member_id', [memberId]);
    await em.query(
      `UPDATE member_profiles SET real_name = COALESCE(real_name, ?), birthday = COALESCE(birthday, ?), city = COALESCE(city, ?),
              address = COALESCE(address, ?) WHERE member_id = ?`,
      [p.realName ?? null, p.birthday ?? null, p.city ?? null, p.address ?? null, memberId],
    );
  }

  /** Puts the order on the member, once: false when it already has one (then nothing else is counted). */
  async attachOrder(em: EntityManager, orderId: string, memberId: string): Promise<boolean> {
    const result = await em.query('UPDATE orders SET member_id = ? WHERE id = ? AND member_id IS NULL', [memberId, orderId]);
    return result.affectedRows === 1;
  }

  /** First seen (created_at, first campaign), last seen (last_order_at), one more order; spend from paid orders. */
  async countOrderOnBrand(em: EntityManager, memberId: string, order: OrderToMatch): Promise<void> {
    await em.query(
      `INSERT INTO member_brand_links (member_id, brand_id, first_campaign_id, order_count, total_spent, last_order_at)
       VALUES (?, ?, ?, 1, 0, ?)
       ON DUPLICATE KEY UPDATE order_count = order_count + 1, last_order_at = GREATEST(COALESCE(last_order_at, ?), ?)`,
      [memberId, order.brandId, order.campaignId, order.createdAt, order.createdAt, order.createdAt],
    );
    await em.query(
      `UPDATE member_brand_links SET total_spent = (SELECT COALESCE(SUM(o.amount), 0) FROM orders o
          WHERE o.member_id = ? AND o.brand_id = ? AND o.pay_status = 'paid' AND o.deleted_at IS NULL)
        WHERE member_id = ? AND brand_id = ?`,
      [memberId, order.brandId, memberId, order.brandId],
    );
  }

  /** Orders no member was attached to (a match that failed), oldest first. */
  async unmatchedOrderIds(olderThanSeconds: number, limit: number): Promise<string[]> {
    const rows = await database().query(
      `SELECT id FROM orders WHERE member_id IS NULL AND deleted_at IS NULL AND created_at <= NOW(3) - INTERVAL ? SECOND
        ORDER BY id LIMIT ?`,
      [olderThanSeconds, limit],
    );
    return rows.map((r: { id: string }) => String(r.id));
  }
}

/** Takes a MySQL named lock on the runner's connection, waiting at most `waitSeconds`; true if it was obtained. */
export async function takeNamedLock(runner: QueryRunner, name: string, waitSeconds: number): Promise<boolean> {
  const [row] = await runner.query('SELECT GET_LOCK(?, ?) AS got', [name, waitSeconds]);
  return Number(row?.got) === 1;
}

/** Releases a named lock taken on the runner's connection. */
export async function releaseNamedLock(runner: QueryRunner, name: string): Promise<void> {
  await runner.query('SELECT RELEASE_LOCK(?)', [name]);
}
