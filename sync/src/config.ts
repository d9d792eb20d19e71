import { z } from 'zod';

const schema = z.object({
  PORT: z.coerce.number().int().default(3002),
  HOST: z.string().default('127.0.0.1'),
  DB_HOST: z.string().default('127.0.0.1'),
  DB_PORT: z.coerce.number().int().default(3306),
  DB_USER: z.string().default('root'),
  DB_PASSWORD: z.string().default(''),
  DB_NAME: z.string().default('dmh'),
  /** The local stand-in for a customer's database (MySQL target); Oracle/SQL Server come per brand. */
  EXTERNAL_DB_HOST: z.string().optional(),
  EXTERNAL_DB_PORT: z.coerce.number().int().optional(),
  EXTERNAL_DB_USER: z.string().optional(),
  EXTERNAL_DB_PASSWORD: z.string().optional(),
  EXTERNAL_DB_NAME: z.string().default('dmh_external'),
  SYNC_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(3),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).default('info'),
});

export type SyncConfig = z.infer<typeof schema>;
let cached: SyncConfig | undefined;

/** The sync worker's configuration: parsed once, validated, typed. */
export function config(): SyncConfig {
  cached ??= schema.parse(process.env);
  return cached;
}
