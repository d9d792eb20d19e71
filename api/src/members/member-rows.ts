import type { MemberStatus } from '@dmh/shared';

/** Row helpers shared by the member repositories (mysql2 answers BIGINT as strings, DATETIME as UTC Dates). */
export const idOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
export const iso = (v: Date | string): string => new Date(v).toISOString();
export const isoOrNull = (v: Date | string | null): string | null => (v === null || v === undefined ? null : iso(v));

/** JSON columns: an object on MySQL, text on MariaDB (where JSON is LONGTEXT). */
export function jsonObject(v: unknown): Record<string, any> | null {
  if (v === null || v === undefined) return null;
  const parsed = typeof v === 'string' ? JSON.parse(v) : v;
  return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : null;
}

/** The columns of `members m LEFT JOIN member_profiles p` every member read selects. */
export const MEMBER_COLUMNS = `m.id, m.unionid, m.openid, m.phone, m.nickname, m.avatar, m.gender, m.status, m.first_source,
  m.merged_into_id, m.merged_at, m.conflict_member_id, m.created_at, m.updated_at,
  p.real_name, DATE_FORMAT(p.birthday, '%Y-%m-%d') AS birthday, p.city, p.address, p.extra`;

export const MEMBER_FROM = 'members m LEFT JOIN member_profiles p ON p.member_id = m.id';

export interface MemberRow {
  id: string;
  unionid: string;
  openid: string | null;
  phone: string | null;
  nickname: string | null;
  avatar: string | null;
  gender: string | null;
  status: MemberStatus;
  firstSource: string | null;
  mergedIntoId: string | null;
  mergedAt: string | null;
  conflictMemberId: string | null;
  createdAt: string;
  updatedAt: string;
  realName: string | null;
  birthday: string | null;
  city: string | null;
  address: string | null;
  extra: Record<string, any> | null;
}

export function memberRow(r: any): MemberRow {
  return {
    id: String(r.id),
    unionid: r.unionid,
    openid: r.openid,
    phone: r.phone,
    nickname: r.nickname,
    avatar: r.avatar,
    gender: r.gender,
    status: r.status,
    firstSource: r.first_source,
    mergedIntoId: idOrNull(r.merged_into_id),
    mergedAt: isoOrNull(r.merged_at),
    conflictMemberId: idOrNull(r.conflict_member_id),
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
    realName: r.real_name ?? null,
    birthday: r.birthday ?? null,
    city: r.city ?? null,
    address: r.address ?? null,
    extra: jsonObject(r.extra),
  };
}

export interface TagRef {
  id: string;
  brandId: string | null;
  name: string;
  color: string | null;
}

/** Groups `[memberId, value]` rows by member. */
export function groupBy<T>(rows: Array<{ memberId: string; value: T }>): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const { memberId, value } of rows) {
    const list = map.get(memberId) ?? [];
    list.push(value);
    map.set(memberId, list);
  }
  return map;
}
