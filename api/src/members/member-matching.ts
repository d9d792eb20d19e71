import { MEMBER_PHONE_KEY_PREFIX, type MemberStatus } from '@dmh/shared';

/** What a sign-up says about who the person is. */
export interface SignupIdentity {
  unionid: string | null;
  phone: string;
}

/** A member row as matching sees it. */
export interface MatchCandidate {
  id: string;
  unionid: string;
  status: MemberStatus;
  mergedIntoId: string | null;
}

export type MatchDecision =
  /** The person is this member. */
  | { kind: 'existing'; memberId: string }
  /** A member known only by this phone: it is the person, and gets the UnionID now. */
  | { kind: 'claim'; memberId: string }
  /** A new member; `conflictWith` flags a member with the same phone but another UnionID (not merged). */
  | { kind: 'create'; conflictWith: string | null };

/** The value of `members.unionid` a sign-up is keyed by: its UnionID, else its phone (`phone:<number>`). */
export const identityKey = (identity: SignupIdentity): string => identity.unionid ?? `${MEMBER_PHONE_KEY_PREFIX}${identity.phone}`;

export const isPhoneKey = (unionid: string): boolean => unionid.startsWith(MEMBER_PHONE_KEY_PREFIX);

/** The UnionID to show: null for a member known only by phone. */
export const publicUnionid = (unionid: string): string | null => (isPhoneKey(unionid) ? null : unionid);

const byId = (a: MatchCandidate, b: MatchCandidate): number => (BigInt(a.id) < BigInt(b.id) ? -1 : BigInt(a.id) > BigInt(b.id) ? 1 : 0);

/**
 * Who a sign-up is: the member with its UnionID (following a merge to the surviving member); else, by
 * phone, a member known only by that phone (which takes the UnionID) or, for a sign-up without UnionID, the
 * oldest member with that phone; else a new member. A phone held by members with another UnionID is not
 * merged silently: the sign-up gets its own member, flagged as conflicting with the oldest of them.
 */
export function decideMatch(identity: SignupIdentity, byKey: MatchCandidate | null, byPhone: readonly MatchCandidate[]): MatchDecision {
  if (byKey) return { kind: 'existing', memberId: byKey.status === 'merged' && byKey.mergedIntoId ? byKey.mergedIntoId : byKey.id };
  const live = byPhone.filter((c) => c.status !== 'merged').sort(byId);
  if (identity.unionid === null) return live.length > 0 ? { kind: 'existing', memberId: live[0].id } : { kind: 'create', conflictWith: null };
  const phoneOnly = live.find((c) => isPhoneKey(c.unionid));
  if (phoneOnly) return { kind: 'claim', memberId: phoneOnly.id };
  return { kind: 'create', conflictWith: live[0]?.id ?? null };
}

/** Profile values a sign-up form can carry, by the field keys campaigns use for them. */
export interface FormProfile {
  realName?: string;
  nickname?: string;
  gender?: string;
  birthday?: string;
  city?: string;
  address?: string;
}

const FORM_KEYS: Array<[keyof FormProfile, string[], number]> = [
  ['realName', ['name', 'realName', 'real_name', 'fullName'], 50],
  ['nickname', ['nickname'], 100],
  ['gender', ['gender', 'sex'], 10],
  ['birthday', ['birthday', 'birthDate', 'birth_date'], 10],
  ['city', ['city'], 50],
  ['address', ['address'], 255],
];

function isDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

/** The profile a sign-up's form data fills in (text values only, cut to the column sizes; valid dates only). */
export function profileFromForm(formData: Record<string, unknown>): FormProfile {
  const profile: FormProfile = {};
  for (const [field, keys, max] of FORM_KEYS) {
    const raw = keys.map((k) => formData[k]).find((v) => typeof v === 'string' && v.trim() !== '') as string | undefined;
    if (raw === undefined) continue;
    const value = [...raw.trim()].slice(0, max).join('');
    if (field === 'birthday' && !isDate(value)) continue;
    profile[field] = value;
  }
  return profile;
}
