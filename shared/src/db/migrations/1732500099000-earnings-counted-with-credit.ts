import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Settlement v2: a distributor's earnings and reward count are written by BalanceActor's credit transaction
 * (and its reversal), no longer by a later DistributorActor turn. Under the old design a crash between the
 * credit and the count could leave a settled reward not yet counted (the outbox would have counted it on its
 * next run; the new settlement no longer does), or a reversed reward still counted. This brings every
 * distributor's figures to what its rewards say, once, so the new transactions start from agreement:
 * settled rewards missing from distributor_rewards are counted, reversed ones still counted are taken back.
 * Idempotent: a second run finds nothing to do.
 */
export class EarningsCountedWithCredit1732500099000 implements MigrationInterface {
  name = 'EarningsCountedWithCredit1732500099000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE distributors d
         JOIN (SELECT r.distributor_id, SUM(r.amount) AS amount, SUM(r.level = 1) AS orders
                 FROM rewards r LEFT JOIN distributor_rewards dr ON dr.reward_id = r.id
                WHERE r.status = 'settled' AND dr.id IS NULL
                GROUP BY r.distributor_id) m ON m.distributor_id = d.id
          SET d.total_earnings = d.total_earnings + m.amount, d.order_count = d.order_count + m.orders`,
    );
    await queryRunner.query(
      `INSERT INTO distributor_rewards (distributor_id, reward_id, order_id, level, amount, status)
       SELECT r.distributor_id, r.id, r.order_id, r.level, r.amount, 'settled'
         FROM rewards r LEFT JOIN distributor_rewards dr ON dr.reward_id = r.id
        WHERE r.status = 'settled' AND dr.id IS NULL`,
    );
    await queryRunner.query(
      `UPDATE distributors d
         JOIN (SELECT dr.distributor_id, SUM(dr.amount) AS amount, SUM(dr.level = 1) AS orders
                 FROM distributor_rewards dr JOIN rewards r ON r.id = dr.reward_id
                WHERE dr.status = 'settled' AND r.status = 'reversed'
                GROUP BY dr.distributor_id) m ON m.distributor_id = d.id
          SET d.total_earnings = d.total_earnings - m.amount, d.order_count = d.order_count - m.orders`,
    );
    await queryRunner.query(
      `UPDATE distributor_rewards dr JOIN rewards r ON r.id = dr.reward_id
          SET dr.status = 'reversed'
        WHERE dr.status = 'settled' AND r.status = 'reversed'`,
    );
  }

  async down(): Promise<void> {
    // Nothing to undo: the figures it corrected were what the rewards already said.
  }
}
