import { hash } from 'bcrypt';
import type { DataSource, EntityManager } from 'typeorm';
import { UserBalance } from '../entities/balances/user-balance.entity';
import { Brand } from '../entities/brands/brand.entity';
import { Campaign } from '../entities/campaigns/campaign.entity';
import { Distributor } from '../entities/distributors/distributor.entity';
import { UserBrand } from '../entities/rbac/user-brand.entity';
import { UserRole } from '../entities/rbac/user-role.entity';
import { User } from '../entities/rbac/user.entity';
import { PasswordPolicy } from '../entities/security/password-policy.entity';
import * as demo from './seed/demo-data';
import { findOrInsert } from './seed/find-or-insert';
import { seedRbac } from './seed/seed-rbac';

export interface DemoSeed {
  brandId: string;
  campaignId: string;
  adminUserId: string;
  brandAdminUserId: string;
  /** dist1 (level 1) → dist2 (level 2, parent dist1) → dist3 (level 3, parent dist2). */
  distributors: Array<{ userId: string; distributorId: string; level: number }>;
}

const BCRYPT_ROUNDS = 10;

/**
 * Demo data for local development and tests: roles, permissions and menus; a platform admin; a brand with
 * its admin, a live paid campaign and a 3-level distributor chain. Idempotent: every row is looked up by a
 * unique key first, and rows that exist are left as they are.
 */
export async function seedDemo(ds: DataSource): Promise<DemoSeed> {
  return ds.transaction(async (manager) => {
    const roles = await seedRbac(manager);
    await findOrInsert(manager, PasswordPolicy, { name: demo.DEFAULT_PASSWORD_POLICY.name }, () => demo.DEFAULT_PASSWORD_POLICY);
    const now = new Date();

    const admin = await ensureUser(manager, demo.DEMO_ADMIN.username, demo.DEMO_ADMIN.password, demo.DEMO_ADMIN.realName);
    await findOrInsert(manager, UserRole, { userId: admin.id, roleId: roles.platform_admin });

    const brand = await findOrInsert(manager, Brand, { name: demo.DEMO_BRAND.name }, () => ({
      description: demo.DEMO_BRAND.description,
      status: 'active' as const,
      settings: demo.DEMO_BRAND.settings,
    }));
    const { username, password, realName } = demo.DEMO_BRAND_ADMIN;
    const brandAdmin = await ensureUser(manager, username, password, realName);
    await findOrInsert(manager, UserRole, { userId: brandAdmin.id, roleId: roles.brand_admin });
    await findOrInsert(manager, UserBrand, { userId: brandAdmin.id, brandId: brand.id });

    const campaign = await findOrInsert(manager, Campaign, { brandId: brand.id, name: demo.DEMO_CAMPAIGN_NAME }, () => ({
      description: '春季新品咖啡品鉴，含三款手冲与甜点搭配。',
      formFields: demo.DEMO_FORM_FIELDS,
      rewardRule: '10.00',
      rewardLevels: demo.DEMO_REWARD_LEVELS,
      price: '99.00',
      quota: 1000,
      ...demo.demoCampaignWindow(now),
      status: 'active' as const,
      createdBy: brandAdmin.id,
    }));

    const distributors: DemoSeed['distributors'] = [];
    let parentId: string | null = null;
    for (const { username: name, level } of demo.DEMO_DISTRIBUTORS) {
      const user = await ensureUser(manager, name, demo.DEMO_DISTRIBUTOR_PASSWORD, null);
      await findOrInsert(manager, UserRole, { userId: user.id, roleId: roles.distributor });
      await findOrInsert(manager, UserBalance, { userId: user.id }, () => ({ balance: '0.00' }));
      const parent: string | null = parentId;
      const distributor: Distributor = await findOrInsert(manager, Distributor, { userId: user.id, brandId: brand.id }, () => ({
        level,
        parentId: parent,
        status: 'active' as const,
        approvedBy: brandAdmin.id,
        approvedAt: now,
      }));
      distributors.push({ userId: user.id, distributorId: distributor.id, level: distributor.level });
      parentId = distributor.id;
    }

    return { brandId: brand.id, campaignId: campaign.id, adminUserId: admin.id, brandAdminUserId: brandAdmin.id, distributors };
  });
}

function ensureUser(manager: EntityManager, username: string, password: string, realName: string | null): Promise<User> {
  return findOrInsert(manager, User, { username }, async () => ({
    passwordHash: await hash(password, BCRYPT_ROUNDS),
    realName,
    status: 'active' as const,
    passwordChangedAt: new Date(),
  }));
}
