/**
 * Who writes each table of DMH's database: the one place the layering check (scripts/layers/sql-check.ts)
 * reads, and what ARCHITECTURE.md's "One writer per table" paragraph states for the tables it names. A write
 * (INSERT, UPDATE, DELETE) outside its table's writers fails `npm run lint:layers`, naming the table, the file
 * and the allowed writer. A new table needs an entry here: a second writer is a design change, not a convenience.
 *
 * A writer is a file or a folder (ending in `/`). A rule covers the statements in `kinds` (all by default)
 * and, for UPDATEs, the `columns` it names (a column group) or every column no other rule of the table names.
 */
import type { WriteKind } from './sql-literals';

export interface WriterRule {
  kinds?: WriteKind[];
  columns?: string[];
  writers: string[];
  why: string;
}

const BALANCE_ACTOR = 'actors/src/balance/';
const DISTRIBUTOR_ACTOR = 'actors/src/distributor/';
const CAMPAIGN_ACTOR = 'actors/src/campaign/';
const SETTLEMENT = 'api/src/settlement/';
const SYNC_WORKER_JOBS = 'sync/src/jobs/';

/** Whole tables owned by one feature folder of the API (not named in ARCHITECTURE.md; one owner each all the same). */
function ownedBy(folder: string, why: string): WriterRule[] {
  return [{ writers: [folder], why }];
}

export const TABLE_WRITERS: Record<string, WriterRule[]> = {
  // --- the paid-order path (ARCHITECTURE.md, "One writer per table") ---
  user_balances: [{ writers: [BALANCE_ACTOR], why: 'balances only through BalanceActor' }],
  balance_ledger: [{ writers: [BALANCE_ACTOR], why: 'the balance ledger only through BalanceActor' }],
  orders: [
    { kinds: ['insert'], writers: [CAMPAIGN_ACTOR], why: "an order's creation and seat through CampaignActor" },
    { kinds: ['update'], columns: ['closed_at', 'close_reason', 'pay_expires_at'], writers: [CAMPAIGN_ACTOR], why: "an order's seat (close, expiry) through CampaignActor" },
    {
      kinds: ['update'], columns: ['status'], writers: [CAMPAIGN_ACTOR, SETTLEMENT, 'api/src/refunds/refunds.repository.ts'],
      why: "closed/expired by CampaignActor (the seat), paid by the API's settlement, refunded by the refund transaction",
    },
    {
      kinds: ['update'], columns: ['pay_status', 'trade_no', 'paid_at'], writers: [SETTLEMENT, 'api/src/refunds/refunds.repository.ts'],
      why: "its paid and refunded transitions through the API's settlement (and refund) transaction",
    },
    { kinds: ['update'], columns: ['member_id'], writers: ['api/src/members/'], why: 'member matching links an order to its member' },
  ],
  rewards: [
    { kinds: ['insert'], writers: ['api/src/settlement/settlement.repository.ts'], why: 'the reward plan is recorded with the paid transition' },
    { kinds: ['update'], columns: ['status', 'settled_at', 'reversed_at'], writers: [BALANCE_ACTOR], why: 'credited and reversed in the BalanceActor transaction that moves the money' },
  ],
  distributor_rewards: [{ writers: [BALANCE_ACTOR], why: "a distributor's rewards are counted in the BalanceActor credit/reversal transaction" }],
  distributors: [
    { kinds: ['insert'], writers: ['api/src/distributors/distributors.repository.ts'], why: 'the application (apply) is recorded by the API' },
    {
      kinds: ['update'], columns: ['status', 'approved_by', 'approved_at', 'rejected_by', 'rejected_at', 'reject_reason', 'parent_id', 'level'],
      writers: [DISTRIBUTOR_ACTOR], why: "distributors' lifecycle (approve, suspend, upline changes, level) through DistributorActor",
    },
    { kinds: ['update'], columns: ['total_earnings', 'order_count'], writers: [BALANCE_ACTOR], why: "earnings and reward count in the BalanceActor credit transaction" },
  ],
  withdrawals: [
    { kinds: ['insert'], writers: [BALANCE_ACTOR], why: 'a request freezes the money in the same BalanceActor transaction' },
    { kinds: ['update'], writers: ['api/src/withdrawals/withdrawals.repository.ts'], why: 'review and payout transitions by the API (the money moves through BalanceActor)' },
  ],
  outbox: [
    {
      kinds: ['insert'],
      writers: [
        'api/src/settlement/settlement.repository.ts', 'api/src/settlement/closed-order-payment.repository.ts', 'api/src/refunds/refunds.repository.ts',
        'api/src/withdrawals/withdrawals.repository.ts', 'api/src/payment-watch/payment-watch.repository.ts',
      ],
      why: 'transactional outbox: work is recorded in the transaction that creates it',
    },
    { kinds: ['update'], writers: ['api/src/outbox/'], why: 'the outbox claims, retries and finishes its rows' },
    {
      // Deliberate: re-arming a finished expiry is the second half of an upsert split in two statements
      // (INSERT, then UPDATE … WHERE status = 'done') because "SELECT … FOR UPDATE then INSERT" deadlocks on a gap.
      kinds: ['update'], writers: ['api/src/payment-watch/payment-watch.repository.ts'], why: "re-records its own kind's finished work (see enqueueExpiry)",
    },
  ],
  refunds: [
    { writers: ['api/src/refunds/'], why: 'refunds are requested and applied by the refund feature' },
    {
      // Deliberate: a payment that arrives for a closed order with no seat left is refunded, recorded in the
      // same transaction that records the payment (closed-order-payment.repository.ts).
      kinds: ['insert'], writers: ['api/src/settlement/closed-order-payment.repository.ts'], why: "a late payment's refund is recorded with it",
    },
  ],
  // --- sync outcomes: tables the sync worker owns ---
  sync_jobs: [{ writers: [SYNC_WORKER_JOBS], why: 'the sync worker owns its jobs' }],
  sync_logs: [{ writers: [SYNC_WORKER_JOBS], why: 'the sync worker owns its log' }],
  order_sync_states: [{ writers: [SYNC_WORKER_JOBS], why: "each order's sync standing: the sync worker's own record (not columns of orders)" }],
  external_orders: [{ writers: ['sync/src/jobs/sync-outcome.repository.ts'], why: 'sync outcomes: the sync worker' }],
  external_rewards: [{ writers: ['sync/src/jobs/sync-outcome.repository.ts'], why: 'sync outcomes: the sync worker' }],
  sync_reconciliation_runs: [{ writers: ['sync/src/reconcile/'], why: "the sync worker's reconciliation runs" }],
  sync_targets: ownedBy('api/src/sync/', 'targets are configured by admins through the API'),
  // --- the rest of the API: one feature folder each ---
  audit_logs: ownedBy('api/src/audit/', 'append-only audit log'),
  audit_chain_head: ownedBy('api/src/audit/', "the audit log's hash chain"),
  brands: ownedBy('api/src/brands/', 'brands'),
  campaigns: ownedBy('api/src/campaigns/', 'campaigns'),
  campaign_view_hours: ownedBy('api/src/campaigns/', 'campaign views'),
  page_configs: ownedBy('api/src/campaigns/', "a campaign's page"),
  dashboard_brand_hours: ownedBy('api/src/dashboard/', 'the dashboard rollup'),
  dashboard_campaign_days: ownedBy('api/src/dashboard/', 'the dashboard rollup'),
  dashboard_rollup_state: ownedBy('api/src/dashboard/', 'the dashboard rollup'),
  distributor_links: ownedBy('api/src/distributors/', "a distributor's links"),
  poster_templates: ownedBy('api/src/distributors/', 'poster templates'),
  login_attempts: ownedBy('api/src/security/', 'login attempts'),
  password_history: ownedBy('api/src/security/', 'password policy'),
  password_policies: ownedBy('api/src/security/', 'password policy'),
  security_events: ownedBy('api/src/security/', 'security events'),
  members: ownedBy('api/src/members/', 'members'),
  member_brand_links: ownedBy('api/src/members/', 'members'),
  member_profiles: ownedBy('api/src/members/', 'members'),
  member_tags: ownedBy('api/src/members/', 'member tags'),
  member_tag_links: ownedBy('api/src/members/', 'member tags'),
  menus: ownedBy('api/src/rbac/', 'menus'),
  roles: ownedBy('api/src/rbac/', 'roles'),
  role_menus: ownedBy('api/src/rbac/', 'roles'),
  role_permissions: ownedBy('api/src/rbac/', 'roles'),
  user_brands: ownedBy('api/src/users/', "a brand admin's brands, set by the admins' user management"),
  reconciliation_runs: ownedBy('api/src/reconciliation/', 'payment reconciliation'),
  reconciliation_differences: ownedBy('api/src/reconciliation/', 'payment reconciliation'),
  user_sessions: [
    { writers: ['api/src/auth/'], why: 'sessions: login, refresh rotation, logout, revocation' },
    {
      kinds: ['update'], columns: ['last_seen_at'], writers: ['api/src/common/session-liveness.repository.ts'],
      why: 'authenticating a request notes when its session was last seen',
    },
  ],
  wechat_identities: ownedBy('api/src/auth/', 'WeChat sign-in'),
  users: [
    { writers: ['api/src/auth/'], why: 'accounts are created by sign-up (password, SMS, WeChat) and sign-in updates them' },
    { kinds: ['update'], columns: ['status', 'failed_login_count', 'locked_until'], writers: ['api/src/users/users.repository.ts'], why: 'admins disable and unlock accounts' },
  ],
  user_roles: [
    { writers: ['api/src/auth/', 'api/src/users/users.repository.ts'], why: 'roles at sign-up and by admins' },
    { kinds: ['insert'], writers: ['api/src/distributors/distributors.repository.ts'], why: 'an approved distributor is granted the distributor role' },
  ],
};

/**
 * Statements whose table is built at run time (`INSERT INTO ${table}`): the tables each such file may write.
 * Every one must also be among that table's writers above.
 */
export const DYNAMIC_TABLES: Record<string, string[]> = {
  'sync/src/jobs/sync-outcome.repository.ts': ['external_orders', 'external_rewards'],
};

/**
 * Second writers that exist today and contradict the map: each is reported to the lead (issue 13) and waits
 * for a design decision. Listed so the check stays green meanwhile and says so on every run; an entry that no
 * longer matches any statement fails the check (delete it).
 */
export interface KnownSecondWriter {
  table: string;
  file: string;
  columns?: string[];
  why: string;
}

export const KNOWN_SECOND_WRITERS: KnownSecondWriter[] = [];
