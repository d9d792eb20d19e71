import { BrandsCampaigns1732500000000 } from './1732500000000-brands-campaigns';
import { OrdersRewards1732500001000 } from './1732500001000-orders-rewards';
import { BalancesDistributors1732500002000 } from './1732500002000-balances-distributors';
import { Rbac1732500003000 } from './1732500003000-rbac';
import { Members1732500004000 } from './1732500004000-members';
import { Security1732500005000 } from './1732500005000-security';
import { Sync1732500006000 } from './1732500006000-sync';
import { DistributorReview1732500013000 } from './1732500013000-distributor-review';
import { MemberIdentity1732500040000 } from './1732500040000-member-identity';
import { RefundsWithdrawals1732500047000 } from './1732500047000-refunds-withdrawals';
import { CampaignViews1732500052000 } from './1732500052000-campaign-views';
import { SyncTargetsJobs1732500068000 } from './1732500068000-sync-targets-jobs';
import { OrderPayExpiry1732500080000 } from './1732500080000-order-pay-expiry';
import { Reconciliation1732500081000 } from './1732500081000-reconciliation';
import { OrdersRejoinAfterClose1732500082000 } from './1732500082000-orders-rejoin-after-close';
import { Dashboard1732500090000 } from './1732500090000-dashboard';
import { DashboardRollup1732500091000 } from './1732500091000-dashboard-rollup';
import { PosterTemplates1732500093000 } from './1732500093000-poster-templates';
import { WechatIdentities1732500096000 } from './1732500096000-wechat-identities';
import { UserPhoneVerified1732500094000 } from './1732500094000-user-phone-verified';
import { SyncReconciliationRuns1732500097000 } from './1732500097000-sync-reconciliation-runs';
import { UserMustChangePassword1732500098000 } from './1732500098000-user-must-change-password';
import { EarningsCountedWithCredit1732500099000 } from './1732500099000-earnings-counted-with-credit';
import { OrderSyncStates1732500100000 } from './1732500100000-order-sync-states';
import { SyncJobTraceparent1732500101000 } from './1732500101000-sync-job-traceparent';

/** Every migration, oldest first. New migrations are appended, never edited once released. */
export const ALL_MIGRATIONS = [
  BrandsCampaigns1732500000000,
  OrdersRewards1732500001000,
  BalancesDistributors1732500002000,
  Rbac1732500003000,
  Members1732500004000,
  Security1732500005000,
  Sync1732500006000,
  DistributorReview1732500013000,
  MemberIdentity1732500040000,
  RefundsWithdrawals1732500047000,
  CampaignViews1732500052000,
  SyncTargetsJobs1732500068000,
  OrderPayExpiry1732500080000,
  Reconciliation1732500081000,
  OrdersRejoinAfterClose1732500082000,
  Dashboard1732500090000,
  DashboardRollup1732500091000,
  PosterTemplates1732500093000,
  UserPhoneVerified1732500094000,
  WechatIdentities1732500096000,
  SyncReconciliationRuns1732500097000,
  UserMustChangePassword1732500098000,
  EarningsCountedWithCredit1732500099000,
  OrderSyncStates1732500100000,
  SyncJobTraceparent1732500101000,
];
