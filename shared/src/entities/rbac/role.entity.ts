import { Entity, Index } from 'typeorm';
import { CreatedAtColumn, IdColumn, UpdatedAtColumn, VarcharColumn } from '../columns';

export const ROLE_CODES = ['platform_admin', 'brand_admin', 'distributor', 'participant'] as const;
export type RoleCode = (typeof ROLE_CODES)[number];

@Entity({ name: 'roles' })
@Index('uk_code', ['code'], { unique: true })
export class Role {
  @IdColumn() id!: string;
  /** One of ROLE_CODES for the built-in roles. */
  @VarcharColumn('code', 50) code!: string;
  @VarcharColumn('name', 100) name!: string;
  @VarcharColumn('description', 255, { nullable: true }) description!: string | null;
  @CreatedAtColumn() createdAt!: Date;
  @UpdatedAtColumn() updatedAt!: Date;
}
