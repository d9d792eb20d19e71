/**
 * The databases a brand's sync target can be. Kept apart from the TypeORM entities so that the admin
 * console can import the mapping rules (`target-config.ts`) without TypeORM.
 */
export const SYNC_TARGETS = ['mysql', 'oracle', 'sqlserver'] as const;
export type SyncTarget = (typeof SYNC_TARGETS)[number];
