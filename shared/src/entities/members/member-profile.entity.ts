import { Column, Entity, Index } from 'typeorm';
import {
  CreatedAtColumn,
  IdColumn,
  JsonColumn,
  type JsonObject,
  RefColumn,
  UpdatedAtColumn,
  VarcharColumn,
} from '../columns';

/** The member's own details (one row per member). */
@Entity({ name: 'member_profiles' })
@Index('uk_member_id', ['memberId'], { unique: true })
export class MemberProfile {
  @IdColumn() id!: string;
  @RefColumn('member_id') memberId!: string;
  @VarcharColumn('real_name', 50, { nullable: true }) realName!: string | null;
  /** DATE as 'YYYY-MM-DD'. */
  @Column({ name: 'birthday', type: 'date', nullable: true }) birthday!: string | null;
  @VarcharColumn('city', 50, { nullable: true }) city!: string | null;
  @VarcharColumn('address', 255, { nullable: true }) address!: string | null;
  @JsonColumn('extra', { nullable: true }) extra!: JsonObject | null;
  @CreatedAtColumn() createdAt!: Date;
  @UpdatedAtColumn() updatedAt!: Date;
}
