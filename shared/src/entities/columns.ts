import {
  Column,
  CreateDateColumn,
  DeleteDateColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/**
 * Column decorators shared by every entity. Each one spells out the database type, so nothing depends on
 * reflected metadata, and each matches the SQL the hand-written migrations use:
 *  - BIGINT UNSIGNED ids are `string` in TypeScript (mysql2 runs with bigNumberStrings);
 *  - DECIMAL money is `string` ("12.30"), never a JS float;
 *  - DATETIME(3) is `Date` (UTC: the pool runs with timezone 'Z' and a UTC session time zone).
 */

const NOW = 'CURRENT_TIMESTAMP(3)';

/**
 * The value of a JSON object column. Members are `any`, not `unknown`, on purpose: TypeORM's typing of
 * `insert()`/`update()` turns `unknown` into `{}`, which would refuse every `Record<string, unknown>`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type JsonObject = { [key: string]: any };

/** `id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY`. */
export const IdColumn = (): PropertyDecorator =>
  PrimaryGeneratedColumn({ type: 'bigint', unsigned: true, name: 'id' });

/** A BIGINT UNSIGNED reference to another row (no foreign key: see migrations/migration-sql.ts). */
export const RefColumn = (name: string, opts: { nullable?: boolean; default?: string } = {}): PropertyDecorator =>
  Column({ name, type: 'bigint', unsigned: true, nullable: opts.nullable ?? false, default: opts.default });

/** DECIMAL(precision,2) money as a string. */
export const MoneyColumn = (
  name: string,
  precision: 10 | 12,
  opts: { default?: string; nullable?: boolean } = {},
): PropertyDecorator =>
  Column({ name, type: 'decimal', precision, scale: 2, nullable: opts.nullable ?? false, default: opts.default });

export const VarcharColumn = (
  name: string,
  length: number,
  opts: { nullable?: boolean; default?: string } = {},
): PropertyDecorator =>
  Column({ name, type: 'varchar', length, nullable: opts.nullable ?? false, default: opts.default });

/** CHAR(64): SHA-256 hex digests. */
export const HashColumn = (name: string, opts: { nullable?: boolean } = {}): PropertyDecorator =>
  Column({ name, type: 'char', length: 64, nullable: opts.nullable ?? false });

export const TextColumn = (name: string): PropertyDecorator => Column({ name, type: 'text', nullable: true });

/** JSON (on MariaDB an alias of LONGTEXT with a json_valid check). Never has a default: MySQL forbids it. */
export const JsonColumn = (name: string, opts: { nullable?: boolean } = {}): PropertyDecorator =>
  Column({ name, type: 'json', nullable: opts.nullable ?? false });

/** An unsigned integer: INT, or TINYINT for small enumerations such as reward levels. */
export const UIntColumn = (
  name: string,
  opts: { tiny?: boolean; nullable?: boolean; default?: number } = {},
): PropertyDecorator =>
  Column({
    name,
    type: opts.tiny ? 'tinyint' : 'int',
    unsigned: true,
    nullable: opts.nullable ?? false,
    default: opts.default,
  });

/** TINYINT(1) read as a boolean. */
export const FlagColumn = (name: string, opts: { default?: boolean } = {}): PropertyDecorator =>
  Column({ name, type: 'boolean', default: opts.default });

/** DATETIME(3). */
export const DateTimeColumn = (name: string, opts: { nullable?: boolean; defaultNow?: boolean } = {}): PropertyDecorator =>
  Column({
    name,
    type: 'datetime',
    precision: 3,
    nullable: opts.nullable ?? false,
    default: opts.defaultNow ? () => NOW : undefined,
  });

/** `created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3)`. */
export const CreatedAtColumn = (): PropertyDecorator =>
  CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3, default: () => NOW });

/** `updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3)`. */
export const UpdatedAtColumn = (): PropertyDecorator =>
  UpdateDateColumn({ name: 'updated_at', type: 'datetime', precision: 3, default: () => NOW, onUpdate: NOW });

/** `deleted_at DATETIME(3) NULL`: soft delete (repositories skip these rows unless `withDeleted`). */
export const DeletedAtColumn = (): PropertyDecorator =>
  DeleteDateColumn({ name: 'deleted_at', type: 'datetime', precision: 3, nullable: true });
