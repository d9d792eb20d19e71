import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `sync_jobs.traceparent`: the W3C trace context (https://www.w3.org/TR/trace-context/#traceparent-header) the
 * job was taken in, i.e. the sync worker's span for the binding delivery, inside the paid order's trace. A later
 * attempt of the job (a retry after its backoff, an admin's retry, an expired lease) continues that trace from
 * here instead of starting one of its own. NULL when tracing was off, and for the rows older than the column:
 * their attempts start a trace of their own, as before. Version 00 is 55 characters; the sync worker writes only
 * what it formats itself.
 */
export class SyncJobTraceparent1732500101000 implements MigrationInterface {
  name = 'SyncJobTraceparent1732500101000';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (!(await queryRunner.hasColumn('sync_jobs', 'traceparent'))) await queryRunner.query('ALTER TABLE `sync_jobs` ADD COLUMN `traceparent` VARCHAR(55) NULL AFTER `requested_at`');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `sync_jobs` DROP COLUMN `traceparent`');
  }
}
