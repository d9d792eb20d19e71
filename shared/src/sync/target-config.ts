import { z } from 'zod';
import { SYNC_TARGETS, type SyncTarget } from './kinds';

/**
 * A brand's sync target: which database (MySQL, Oracle, SQL Server), how to reach it, and how DMH's
 * orders and rewards map onto its tables. Validated by the API when an admin saves it and again by the
 * sync worker when it loads it, with the same schema.
 */
export const SYNC_TARGET_KINDS = SYNC_TARGETS;
export type SyncTargetKind = SyncTarget;

/** What a DMH field holds, which decides the transforms it accepts. */
export type DmhFieldType = 'id' | 'string' | 'money' | 'cents' | 'int' | 'date';

/** The fields of a paid order a mapping can read (`amount` is yuan '99.00', `amountCents` is 9900). */
export const ORDER_FIELDS = {
  id: 'id', orderNo: 'string', brandId: 'id', campaignId: 'id', phone: 'string', amount: 'money', amountCents: 'cents',
  status: 'string', payStatus: 'string', tradeNo: 'string', paidAt: 'date', createdAt: 'date',
} as const satisfies Record<string, DmhFieldType>;

export const REWARD_FIELDS = {
  id: 'id', orderId: 'id', campaignId: 'id', brandId: 'id', userId: 'id', distributorId: 'id', level: 'int', amount: 'money',
  amountCents: 'cents', status: 'string', settledAt: 'date', reversedAt: 'date', createdAt: 'date',
} as const satisfies Record<string, DmhFieldType>;

export type OrderField = keyof typeof ORDER_FIELDS;
export type RewardField = keyof typeof REWARD_FIELDS;

/** A plain SQL identifier (no quoting tricks): a letter, then letters, digits or `_`. */
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/;
/** Identifier length limits per database (MySQL 64; Oracle 12.2+ and SQL Server 128). */
export const IDENTIFIER_MAX: Record<SyncTargetKind, number> = { mysql: 64, oracle: 128, sqlserver: 128 };

const identifier = z.string().min(1).max(128).regex(IDENTIFIER, 'a letter, then letters, digits or _');
const tableName = z
  .string()
  .min(1)
  .max(257)
  .regex(/^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)?$/, 'table or schema.table: letters, digits, _');

export const DATE_FORMAT = /^(YYYY|MM|DD|HH|mm|ss|SSS|[-/:. T_])+$/;
const scalar = z.union([z.string().max(200), z.number().finite(), z.boolean(), z.null()]);

export const transformSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('rename') }).strict(),
  z.object({ type: z.literal('constant'), value: scalar }).strict(),
  z
    .object({
      type: z.literal('dateFormat'),
      format: z.string().min(2).max(40).regex(DATE_FORMAT, 'tokens YYYY MM DD HH mm ss SSS and - / : . T _ space'),
      utcOffset: z.string().regex(/^[+-](0\d|1[0-4]):[0-5]\d$/, '+HH:MM').optional(),
    })
    .strict(),
  z.object({ type: z.literal('yuanToCents') }).strict(),
  z.object({ type: z.literal('centsToYuan') }).strict(),
  z
    .object({
      type: z.literal('enumMap'),
      map: z.record(z.string().min(1).max(50), z.union([z.string().max(100), z.number().finite()])),
      fallback: z.union([z.string().max(100), z.number().finite(), z.null()]).optional(),
    })
    .strict(),
]);
export type FieldTransform = z.infer<typeof transformSchema>;

export const columnMappingSchema = z
  .object({
    column: identifier,
    /** The DMH field; absent only for a constant. */
    from: z.string().min(1).max(40).optional(),
    transform: transformSchema.optional(),
  })
  .strict();
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

export const tableMappingSchema = z
  .object({
    table: tableName,
    /** Column holding DMH's id: the upsert key (unique or primary key in the target table). */
    key: identifier,
    /** Column holding the row version (DMH's updated_at in epoch ms): an older write never overwrites a newer one. */
    version: identifier,
    columns: z.array(columnMappingSchema).min(1).max(60),
  })
  .strict();
export type TableMapping = z.infer<typeof tableMappingSchema>;

export const fieldMappingSchema = z.object({ orders: tableMappingSchema, rewards: tableMappingSchema }).strict();
export type FieldMapping = z.infer<typeof fieldMappingSchema>;

export const targetOptionsSchema = z
  .object({
    connectTimeoutMs: z.int().min(500).max(60_000).optional(),
    queryTimeoutMs: z.int().min(500).max(300_000).optional(),
    /** SQL Server: TLS (default true); MySQL: TLS when true. */
    encrypt: z.boolean().optional(),
    /** SQL Server: accept a self-signed server certificate (default false). */
    trustServerCertificate: z.boolean().optional(),
  })
  .strict();
export type TargetOptions = z.infer<typeof targetOptionsSchema>;

export interface ResolvedTargetOptions {
  connectTimeoutMs: number;
  queryTimeoutMs: number;
  encrypt: boolean;
  trustServerCertificate: boolean;
}

export function resolveTargetOptions(kind: SyncTargetKind, options: TargetOptions | undefined): ResolvedTargetOptions {
  return {
    connectTimeoutMs: options?.connectTimeoutMs ?? 10_000,
    queryTimeoutMs: options?.queryTimeoutMs ?? 30_000,
    encrypt: options?.encrypt ?? kind === 'sqlserver',
    trustServerCertificate: options?.trustServerCertificate ?? false,
  };
}

const hostSchema = z
  .string()
  .min(1)
  .max(253)
  .regex(/^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$|^\[?[0-9A-Fa-f:.]+\]?$/, 'a host name or IP address');

/** The connection and mapping every kind shares (password handled apart: it is only ever stored encrypted). */
const targetShape = {
  kind: z.enum(SYNC_TARGET_KINDS),
  host: hostSchema,
  port: z.int().min(1).max(65_535),
  /** MySQL database, Oracle service name, SQL Server database. */
  database: z.string().min(1).max(128).regex(/^[A-Za-z0-9_$#.-]+$/, 'letters, digits and _ $ # . -'),
  username: z.string().min(1).max(128).regex(/^[^\s\x00-\x1f]+$/, 'no spaces or control characters'),
  options: targetOptionsSchema.optional(),
  mapping: fieldMappingSchema,
  enabled: z.boolean().optional(),
};

/** What an admin saves (PUT): the password is required on creation, optional on update (kept when absent). */
export const targetConfigInputSchema = z
  .object({ ...targetShape, password: z.string().min(1).max(256).optional() })
  .strict()
  .superRefine((config, ctx) => reportProblems(config.kind, config.mapping, ctx));
export type TargetConfigInput = z.infer<typeof targetConfigInputSchema>;

/** A saved target as the sync worker reads it (password encrypted, AES-256-GCM). */
export const storedTargetConfigSchema = z
  .object({ ...targetShape, brandId: z.string(), version: z.int(), passwordEnc: z.string().min(1) })
  .superRefine((config, ctx) => reportProblems(config.kind, config.mapping, ctx));
export type StoredTargetConfig = z.infer<typeof storedTargetConfigSchema>;

export interface MappingProblem {
  path: (string | number)[];
  message: string;
}

function reportProblems(kind: SyncTargetKind, mapping: FieldMapping, ctx: z.RefinementCtx): void {
  for (const p of mappingProblems(kind, mapping)) ctx.addIssue({ code: 'custom', path: p.path, message: p.message });
}

/** What the schema cannot say alone: identifier lengths per database, duplicate columns, transforms that fit the field. */
export function mappingProblems(kind: SyncTargetKind, mapping: FieldMapping): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const tables: [keyof FieldMapping, Record<string, DmhFieldType>][] = [['orders', ORDER_FIELDS], ['rewards', REWARD_FIELDS]];
  for (const [name, fields] of tables) {
    const t = mapping[name];
    const at = (...rest: (string | number)[]) => ['mapping', name, ...rest];
    const max = IDENTIFIER_MAX[kind];
    for (const part of t.table.split('.')) if (part.length > max) problems.push({ path: at('table'), message: `longer than ${max} characters` });
    for (const key of ['key', 'version'] as const) if (t[key].length > max) problems.push({ path: at(key), message: `longer than ${max} characters` });
    const seen = new Map<string, string>([[t.key.toLowerCase(), 'key'], [t.version.toLowerCase(), 'version']]);
    if (t.key.toLowerCase() === t.version.toLowerCase()) problems.push({ path: at('version'), message: 'must differ from the key column' });
    t.columns.forEach((c, i) => {
      if (c.column.length > max) problems.push({ path: at('columns', i, 'column'), message: `longer than ${max} characters` });
      const clash = seen.get(c.column.toLowerCase());
      if (clash) problems.push({ path: at('columns', i, 'column'), message: `column ${c.column} is already mapped (${clash})` });
      seen.set(c.column.toLowerCase(), `columns.${i}`);
      const problem = columnProblem(c, fields);
      if (problem) problems.push({ path: at('columns', i, problem.where), message: problem.message });
    });
  }
  if (mapping.orders.table.toLowerCase() === mapping.rewards.table.toLowerCase()) {
    problems.push({ path: ['mapping', 'rewards', 'table'], message: 'orders and rewards need different tables' });
  }
  return problems;
}

function columnProblem(c: ColumnMapping, fields: Record<string, DmhFieldType>): { where: 'from' | 'transform'; message: string } | null {
  const type = c.transform?.type ?? 'rename';
  if (type === 'constant') return c.from === undefined ? null : { where: 'from', message: 'a constant reads no field' };
  if (c.from === undefined) return { where: 'from', message: 'required unless the transform is a constant' };
  const fieldType = fields[c.from];
  if (!fieldType) return { where: 'from', message: `unknown field; one of ${Object.keys(fields).join(', ')}` };
  const accepts: Record<string, DmhFieldType[]> = {
    dateFormat: ['date'],
    yuanToCents: ['money'],
    centsToYuan: ['cents'],
    enumMap: ['string', 'int'],
  };
  const allowed = accepts[type];
  if (allowed && !allowed.includes(fieldType)) {
    return { where: 'transform', message: `${type} does not apply to ${c.from} (${fieldType})` };
  }
  return null;
}
