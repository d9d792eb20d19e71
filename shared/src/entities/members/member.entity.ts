import { Entity, Index } from 'typeorm';
import { CreatedAtColumn, DateTimeColumn, IdColumn, RefColumn, UpdatedAtColumn, VarcharColumn } from '../columns';

export const MEMBER_STATUSES = ['active', 'disabled', 'merged'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

/**
 * `unionid` of a member known only by phone (no WeChat UnionID yet): `phone:<number>`. It keeps `uk_unionid`
 * the one key that makes concurrent sign-ups of the same person land on one member, and it is replaced by
 * the real UnionID when the person signs up through WeChat. Real UnionIDs never contain ':'.
 */
export const MEMBER_PHONE_KEY_PREFIX = 'phone:';

/** A consumer, identified across brands by their WeChat UnionID. */
@Entity({ name: 'members' })
@Index('uk_unionid', ['unionid'], { unique: true })
@Index('idx_phone', ['phone'])
@Index('idx_merged_into_id', ['mergedIntoId'])
@Index('idx_conflict_member_id', ['conflictMemberId'])
@Index('idx_created_at', ['createdAt'])
export class Member {
  @IdColumn() id!: string;
  @VarcharColumn('unionid', 100) unionid!: string;
  /** The WeChat openid last seen (per app; UnionID is the cross-app identity). */
  @VarcharColumn('openid', 128, { nullable: true }) openid!: string | null;
  @VarcharColumn('phone', 20, { nullable: true }) phone!: string | null;
  @VarcharColumn('nickname', 100, { nullable: true }) nickname!: string | null;
  @VarcharColumn('avatar', 255, { nullable: true }) avatar!: string | null;
  @VarcharColumn('gender', 10, { nullable: true }) gender!: string | null;
  @VarcharColumn('status', 20, { default: 'active' }) status!: MemberStatus;
  /** Where the member first came from, e.g. `campaign:12` or `h5`. */
  @VarcharColumn('first_source', 50, { nullable: true }) firstSource!: string | null;
  /** Set with status `merged`: the member this one was merged into (the row is kept, never deleted). */
  @RefColumn('merged_into_id', { nullable: true }) mergedIntoId!: string | null;
  @DateTimeColumn('merged_at', { nullable: true }) mergedAt!: Date | null;
  /** A member with the same phone but another UnionID: maybe the same person, left for an admin to merge. */
  @RefColumn('conflict_member_id', { nullable: true }) conflictMemberId!: string | null;
  @CreatedAtColumn() createdAt!: Date;
  @UpdatedAtColumn() updatedAt!: Date;
}
