import type { RoleCode } from '../../entities/rbac/role.entity';

/** Built-in roles. */
export const ROLES: Array<{ code: RoleCode; name: string; description: string }> = [
  { code: 'platform_admin', name: '平台管理员', description: 'Everything, across all brands' },
  { code: 'brand_admin', name: '品牌管理员', description: 'The brands listed in user_brands' },
  { code: 'distributor', name: '分销商', description: 'Own links, subordinates, earnings and withdrawals' },
  { code: 'participant', name: '普通用户', description: 'Joins campaigns' },
];

/** Permission codes are `resource:action`. */
export const PERMISSIONS: Array<{ code: string; name: string }> = [
  { code: 'dashboard:read', name: '查看概览' },
  { code: 'brand:read', name: '查看品牌' },
  { code: 'brand:write', name: '管理品牌' },
  { code: 'campaign:read', name: '查看活动' },
  { code: 'campaign:write', name: '管理活动' },
  { code: 'order:read', name: '查看订单' },
  { code: 'order:export', name: '导出订单' },
  { code: 'order:create', name: '报名下单' },
  { code: 'reward:read', name: '查看奖励' },
  { code: 'withdrawal:read', name: '查看提现' },
  { code: 'withdrawal:approve', name: '审核提现' },
  { code: 'withdrawal:request', name: '申请提现' },
  { code: 'distributor:read', name: '查看分销商' },
  { code: 'distributor:approve', name: '审批分销商' },
  { code: 'distributor:manage', name: '调整分销关系' },
  { code: 'distributor:self', name: '分销中心' },
  { code: 'link:write', name: '生成推广链接' },
  { code: 'member:read', name: '查看会员' },
  { code: 'member:write', name: '管理会员' },
  { code: 'member:export', name: '导出会员' },
  { code: 'user:read', name: '查看用户' },
  { code: 'user:write', name: '管理用户' },
  { code: 'role:read', name: '查看角色' },
  { code: 'role:write', name: '管理角色' },
  { code: 'audit:read', name: '查看审计日志' },
  { code: 'audit:verify', name: '校验审计日志' },
  { code: 'security:read', name: '查看安全事件' },
  { code: 'security:write', name: '管理安全策略' },
  { code: 'sync:read', name: '查看同步日志' },
  { code: 'sync:manage', name: '管理数据同步' },
  { code: 'order:refund', name: '订单退款' },
  // Bills cover every brand of the merchant: platform admins only.
  { code: 'reconciliation:read', name: '查看对账' },
  { code: 'reconciliation:run', name: '发起对账' },
  // The ops report names the infrastructure and spans every brand: platform admins only.
  { code: 'ops:read', name: '运维监控' },
];

/** What each role may do; platform_admin has every permission. */
export const ROLE_PERMISSIONS: Record<RoleCode, string[] | 'all'> = {
  platform_admin: 'all',
  brand_admin: [
    'dashboard:read',
    'brand:read',
    'campaign:read',
    'campaign:write',
    'order:read',
    'order:export',
    'order:refund',
    'reward:read',
    'withdrawal:read',
    'withdrawal:approve',
    'distributor:read',
    'distributor:approve',
    'distributor:manage',
    'member:read',
    'member:write',
    'member:export',
    'audit:read',
    'sync:read',
  ],
  distributor: ['campaign:read', 'order:create', 'distributor:self', 'link:write', 'reward:read', 'withdrawal:request'],
  participant: ['campaign:read', 'order:create'],
};

/** Roles that use the admin console (distributors and participants use the H5 app): only they get menus. */
export const CONSOLE_ROLES: RoleCode[] = ['platform_admin', 'brand_admin'];

export interface MenuSeed {
  code: string;
  name: string;
  path: string | null;
  icon: string;
  sort: number;
  /** NULL for a group: shown when one of its children is. */
  permissionCode: string | null;
  parentCode?: string;
}

/** The admin console's navigation (icons are Material Symbols names). A role sees a menu it has the permission of. */
export const MENUS: MenuSeed[] = [
  { code: 'dashboard', name: '概览', path: '/dashboard', icon: 'dashboard', sort: 10, permissionCode: 'dashboard:read' },
  { code: 'campaigns', name: '活动管理', path: '/campaigns', icon: 'campaign', sort: 20, permissionCode: 'campaign:read' },
  { code: 'orders', name: '订单管理', path: '/orders', icon: 'receipt_long', sort: 30, permissionCode: 'order:read' },
  { code: 'rewards', name: '奖励记录', path: '/rewards', icon: 'paid', sort: 40, permissionCode: 'reward:read' },
  {
    code: 'withdrawals',
    name: '提现审核',
    path: '/withdrawals',
    icon: 'account_balance_wallet',
    sort: 50,
    permissionCode: 'withdrawal:read',
  },
  { code: 'distributors', name: '分销商', path: '/distributors', icon: 'share', sort: 60, permissionCode: 'distributor:read' },
  { code: 'members', name: '会员管理', path: '/members', icon: 'groups', sort: 70, permissionCode: 'member:read' },
  { code: 'brands', name: '品牌管理', path: '/brands', icon: 'storefront', sort: 80, permissionCode: 'brand:read' },
  { code: 'system', name: '系统管理', path: null, icon: 'settings', sort: 90, permissionCode: null },
  sub('system.users', '用户管理', '/system/users', 'manage_accounts', 91, 'user:read'),
  sub('system.roles', '角色权限', '/system/roles', 'admin_panel_settings', 92, 'role:read'),
  sub('system.audit', '审计日志', '/system/audit-logs', 'fact_check', 93, 'audit:read'),
  sub('system.security', '安全中心', '/system/security', 'security', 94, 'security:read'),
  sub('system.sync', '数据同步', '/system/sync', 'sync', 95, 'sync:read'),
  { code: 'ops', name: '运维监控', path: '/ops', icon: 'monitor_heart', sort: 100, permissionCode: 'ops:read' },
];

function sub(code: string, name: string, path: string, icon: string, sort: number, permissionCode: string): MenuSeed {
  return { code, name, path, icon, sort, permissionCode, parentCode: 'system' };
}
