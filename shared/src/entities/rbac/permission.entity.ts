import { Entity, Index } from 'typeorm';
import { CreatedAtColumn, IdColumn, UpdatedAtColumn, VarcharColumn } from '../columns';

/** A permission `resource:action`, e.g. `campaign:write`. */
@Entity({ name: 'permissions' })
@Index('uk_code', ['code'], { unique: true })
export class Permission {
  @IdColumn() id!: string;
  @VarcharColumn('code', 100) code!: string;
  @VarcharColumn('resource', 50) resource!: string;
  @VarcharColumn('action', 50) action!: string;
  @VarcharColumn('name', 100) name!: string;
  @CreatedAtColumn() createdAt!: Date;
  @UpdatedAtColumn() updatedAt!: Date;
}
