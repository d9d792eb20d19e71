import 'reflect-metadata';
import { BalanceLedgerEntry } from './balances/balance-ledger-entry.entity';
import { UserBalance } from './balances/user-balance.entity';
import { Withdrawal } from './balances/withdrawal.entity';
import { BrandAsset } from './brands/brand-asset.entity';
import { Brand } from './brands/brand.entity';
import { Campaign } from './campaigns/campaign.entity';
import { CampaignViewHour } from './campaigns/campaign-view-hour.entity';
import { DashboardBrandHour, DashboardCampaignDay, DashboardRollupState } from './dashboard/dashboard-rollup.entity';
import { PageConfig } from './campaigns/page-config.entity';
import { DistributorLink } from './distributors/distributor-link.entity';
import { DistributorReward } from './distributors/distributor-reward.entity';
import { PosterTemplate } from './distributors/poster-template.entity';
import { WechatIdentity } from './rbac/wechat-identity.entity';
import { Distributor } from './distributors/distributor.entity';
import { MemberBrandLink } from './members/member-brand-link.entity';
import { MemberProfile } from './members/member-profile.entity';
import { MemberTagLink } from './members/member-tag-link.entity';
import { MemberTag } from './members/member-tag.entity';
import { Member } from './members/member.entity';
import { Order } from './orders/order.entity';
import { OutboxMessage } from './outbox/outbox-message.entity';
import { Menu } from './rbac/menu.entity';
import { Permission } from './rbac/permission.entity';
import { RoleMenu } from './rbac/role-menu.entity';
import { RolePermission } from './rbac/role-permission.entity';
import { Role } from './rbac/role.entity';
import { UserBrand } from './rbac/user-brand.entity';
import { UserRole } from './rbac/user-role.entity';
import { User } from './rbac/user.entity';
import { Reward } from './rewards/reward.entity';
import { AuditChainHead, AuditLog } from './security/audit-log.entity';
import { LoginAttempt } from './security/login-attempt.entity';
import { PasswordHistory } from './security/password-history.entity';
import { PasswordPolicy } from './security/password-policy.entity';
import { SecurityEvent } from './security/security-event.entity';
import { UserSession } from './security/user-session.entity';
import { ExternalOrder } from './sync/external-order.entity';
import { OrderSyncState } from './sync/order-sync-state.entity';
import { ExternalReward } from './sync/external-reward.entity';
import { SyncLog } from './sync/sync-log.entity';
import { SyncJobRecord } from './sync/sync-job-record.entity';
import { SyncTargetConfig } from './sync/sync-target-config.entity';
import { Refund } from './orders/refund.entity';
import { ReconciliationDifference } from './reconciliation/reconciliation-difference.entity';
import { ReconciliationRun } from './reconciliation/reconciliation-run.entity';

export type { JsonObject } from './columns';
export * from './balances/balance-ledger-entry.entity';
export * from './balances/user-balance.entity';
export * from './balances/withdrawal.entity';
export * from './brands/brand-asset.entity';
export * from './brands/brand.entity';
export * from './campaigns/campaign.entity';
export * from './campaigns/campaign-view-hour.entity';
export * from './dashboard/dashboard-rollup.entity';
export * from './campaigns/page-config.entity';
export * from './distributors/distributor-link.entity';
export * from './distributors/distributor-reward.entity';
export * from './distributors/poster-template.entity';
export * from './distributors/distributor.entity';
export * from './members/member-brand-link.entity';
export * from './members/member-profile.entity';
export * from './members/member-tag-link.entity';
export * from './members/member-tag.entity';
export * from './members/member.entity';
export * from './orders/order.entity';
export * from './outbox/outbox-message.entity';
export * from './rbac/menu.entity';
export * from './rbac/permission.entity';
export * from './rbac/role-menu.entity';
export * from './rbac/role-permission.entity';
export * from './rbac/role.entity';
export * from './rbac/user-brand.entity';
export * from './rbac/user-role.entity';
export * from './rbac/user.entity';
export * from './rbac/wechat-identity.entity';
export * from './rewards/reward.entity';
export * from './security/audit-log.entity';
export * from './security/login-attempt.entity';
export * from './security/password-history.entity';
export * from './security/password-policy.entity';
export * from './security/security-event.entity';
export * from './security/user-session.entity';
export * from './sync/external-order.entity';
export * from './sync/order-sync-state.entity';
export * from './sync/external-reward.entity';
export * from './sync/sync-log.entity';
export * from './sync/sync-job-record.entity';
export * from './sync/sync-target-config.entity';
export * from './orders/refund.entity';
export * from './reconciliation/reconciliation-difference.entity';
export * from './reconciliation/reconciliation-run.entity';

/** Every entity of the DMH schema, for the DataSource. The migrations create exactly these tables. */
export const ALL_ENTITIES = [
  BalanceLedgerEntry,
  UserBalance,
  Withdrawal,
  BrandAsset,
  Brand,
  Campaign,
  CampaignViewHour,
  DashboardBrandHour,
  DashboardCampaignDay,
  DashboardRollupState,
  PageConfig,
  DistributorLink,
  DistributorReward,
  PosterTemplate,
  WechatIdentity,
  Distributor,
  MemberBrandLink,
  MemberProfile,
  MemberTagLink,
  MemberTag,
  Member,
  Order,
  OutboxMessage,
  Menu,
  Permission,
  RoleMenu,
  RolePermission,
  Role,
  UserBrand,
  UserRole,
  User,
  Reward,
  AuditLog,
  AuditChainHead,
  LoginAttempt,
  PasswordHistory,
  PasswordPolicy,
  SecurityEvent,
  UserSession,
  ExternalOrder,
  OrderSyncState,
  ExternalReward,
  SyncLog,
  SyncJobRecord,
  SyncTargetConfig,
  Refund,
  ReconciliationRun,
  ReconciliationDifference,
];
