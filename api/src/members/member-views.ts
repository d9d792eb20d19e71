import type { Principal } from '../common/principal';
import { publicUnionid } from './member-matching';
import type { MemberRow, TagRef } from './member-rows';
import { maskPhone, revealsPhone } from './member-scope';
import type { MemberSummary } from './members.schemas';

type Viewer = Pick<Principal, 'roles' | 'brandIds' | 'permissions'>;

/** A member as a list (or an export) shows it to this caller: its visible tags and brands, the phone masked unless allowed. */
export function memberSummary(
  row: MemberRow,
  tags: TagRef[],
  brandIds: string[],
  viewer: Viewer,
  permission: 'member:read' | 'member:export' = 'member:read',
): MemberSummary {
  const reveal = revealsPhone(viewer, permission, brandIds);
  return {
    id: row.id,
    unionid: publicUnionid(row.unionid),
    phone: reveal ? row.phone : maskPhone(row.phone),
    phoneMasked: !reveal && row.phone !== null,
    nickname: row.nickname,
    avatar: row.avatar,
    gender: row.gender,
    status: row.status,
    realName: row.realName,
    city: row.city,
    firstSource: row.firstSource,
    mergedIntoId: row.mergedIntoId,
    conflictMemberId: row.conflictMemberId,
    createdAt: row.createdAt,
    tags,
    brandIds,
  };
}

