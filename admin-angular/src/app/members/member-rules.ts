import type { Body, Data } from '@dmh/api-client';

export type MemberDetail = Data<'/api/v1/members/{id}', 'get'>;
export type MemberSummary = Data<'/api/v1/members', 'get'>['items'][number];
export type MemberTag = Data<'/api/v1/members/tags', 'get'>['items'][number];
export type ExportJob = Data<'/api/v1/members/exports/{id}', 'get'>;
export type UpdateMember = Body<'/api/v1/members/{id}', 'put'>;

export const MEMBER_STATUSES = ['active', 'disabled', 'merged'] as const;

/** The profile form as the detail page edits it (text boxes: '' means "none"). */
export interface ProfileForm {
  nickname: string;
  gender: string;
  status: 'active' | 'disabled';
  realName: string;
  birthday: string;
  city: string;
  address: string;
}

/** The API's field for each control, so its field errors land beside the right box. */
export const PROFILE_FIELDS: Readonly<Record<keyof ProfileForm, string>> = {
  nickname: 'body.nickname',
  gender: 'body.gender',
  status: 'body.status',
  realName: 'body.profile.realName',
  birthday: 'body.profile.birthday',
  city: 'body.profile.city',
  address: 'body.profile.address',
};

export function profileForm(m: MemberDetail): ProfileForm {
  return {
    nickname: m.nickname ?? '',
    gender: m.gender ?? '',
    status: m.status === 'disabled' ? 'disabled' : 'active',
    realName: m.profile.realName ?? '',
    birthday: m.profile.birthday ?? '',
    city: m.profile.city ?? '',
    address: m.profile.address ?? '',
  };
}

/**
 * The PUT body with only what changed (a cleared box becomes null), or null when nothing did: the API
 * refuses an empty change, and an unchanged field must not be re-audited.
 */
export function profileChanges(before: ProfileForm, after: ProfileForm): UpdateMember | null {
  const value = (s: string) => (s.trim() === '' ? null : s.trim());
  const body: Record<string, unknown> = {};
  const profile: Record<string, unknown> = {};
  for (const key of ['nickname', 'gender'] as const) if (before[key].trim() !== after[key].trim()) body[key] = value(after[key]);
  if (before.status !== after.status) body['status'] = after.status;
  for (const key of ['realName', 'birthday', 'city', 'address'] as const) {
    if (before[key].trim() !== after[key].trim()) profile[key] = value(after[key]);
  }
  if (Object.keys(profile).length > 0) body['profile'] = profile;
  return Object.keys(body).length > 0 ? (body as UpdateMember) : null;
}

/** What a merge of `source` into `target` moves, said before it is done (the API's own counts come after). */
export interface MergePreview {
  orders: number;
  tagsAdded: string[];
  brandsAdded: string[];
  blocked: 'self' | 'merged' | null;
}

export function mergePreview(source: MemberDetail, target: MemberDetail): MergePreview {
  const targetTags = new Set(target.tags.map((t) => t.id));
  const targetBrands = new Set(target.brandLinks.map((b) => b.brandId));
  const blocked = source.id === target.id ? 'self' : source.status === 'merged' || target.status === 'merged' ? 'merged' : null;
  return {
    orders: source.orders.length,
    tagsAdded: source.tags.filter((t) => !targetTags.has(t.id)).map((t) => t.name),
    brandsAdded: source.brandLinks.filter((b) => !targetBrands.has(b.brandId)).map((b) => b.brandName ?? `#${b.brandId}`),
    blocked,
  };
}

/** Whole per cent of an export's rows written (0 before the count is known, 100 when done). */
export function exportPercent(job: Pick<ExportJob, 'status' | 'done' | 'total'>): number {
  if (job.status === 'done') return 100;
  if (job.total <= 0) return 0;
  return Math.min(100, Math.floor((job.done / job.total) * 100));
}

export function exportFinished(job: Pick<ExportJob, 'status'>): boolean {
  return job.status === 'done' || job.status === 'failed';
}

/** The file name to save an export under. */
export function exportFileName(job: Pick<ExportJob, 'id' | 'format' | 'createdAt'>): string {
  return `members-${job.createdAt.slice(0, 10)}-${job.id}.${job.format}`;
}
