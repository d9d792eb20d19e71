import { Entity, Index } from 'typeorm';
import { CreatedAtColumn, IdColumn, UpdatedAtColumn, VarcharColumn } from '../columns';

export const MEMBER_STATUSES = ['active', 'disabled', 'merged'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

/** A consumer, identified across brands by their WeChat UnionID. */
@Entity({ name: 'members' })
@Index('uk_unionid', ['unionid'], { unique: true })
@Index('idx_phone', ['phone'])
export class Member {
  @IdColumn() id!: string;
  @VarcharColumn('unionid', 100) unionid!: string;
  @VarcharColumn('phone', 20, { nullable: true }) phone!: string | null;
  @VarcharColumn('nickname', 100, { nullable: true }) nickname!: string | null;
  @VarcharColumn('avatar', 255, { nullable: true }) avatar!: string | null;
  @VarcharColumn('gender', 10, { nullable: true }) gender!: string | null;
  @VarcharColumn('status', 20, { default: 'active' }) status!: MemberStatus;
  /** Where the member first came from, e.g. `campaign:12` or `h5`. */
  @VarcharColumn('first_source', 50, { nullable: true }) firstSource!: string | null;
  @CreatedAtColumn() createdAt!: Date;
  @UpdatedAtColumn() updatedAt!: Date;
}
