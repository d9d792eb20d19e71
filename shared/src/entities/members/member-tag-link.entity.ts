import { Entity, Index } from 'typeorm';
import { CreatedAtColumn, IdColumn, RefColumn } from '../columns';

/** A tag put on a member. */
@Entity({ name: 'member_tag_links' })
@Index('uk_member_tag', ['memberId', 'tagId'], { unique: true })
@Index('idx_tag_id', ['tagId'])
export class MemberTagLink {
  @IdColumn() id!: string;
  @RefColumn('member_id') memberId!: string;
  @RefColumn('tag_id') tagId!: string;
  @CreatedAtColumn() createdAt!: Date;
}
