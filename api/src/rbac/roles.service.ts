import type { EntityManager } from 'typeorm';
import { ROLE_CODES } from '@dmh/shared';
import { forgetPrincipal, type Principal } from '../common/principal';
import { AppError } from '../common/app-error';
import { withAudit, type AuditActor } from '../audit/audit.service';
import { missingGrants } from './grants';
import { RolesRepository, type RoleDetail } from './roles.repository';

type Actor = AuditActor & { principal: Principal };

const isBuiltIn = (code: string) => (ROLE_CODES as readonly string[]).includes(code);

/**
 * Roles with their permissions and menus, managed by platform admins. Nobody may put into a role a
 * permission they do not hold themselves; built-in roles keep their code, and platform_admin (which holds
 * every permission implicitly) has no grants to edit. Every write is audited and drops cached principals.
 */
export class RolesService {
  constructor(private readonly roles = new RolesRepository()) {}

  list() {
    return this.roles.list();
  }

  permissions() {
    return this.roles.permissions();
  }

  async get(id: string): Promise<RoleDetail> {
    const role = await this.roles.find(id);
    if (!role) throw new AppError('NOT_FOUND', 'role not found');
    return role;
  }

  async create(actor: Actor, input: { code: string; name: string; description: string | null; permissions: string[]; menuIds: string[] }): Promise<RoleDetail> {
    await this.assertGrantable(actor.principal, input.permissions, []);
    await this.assertMenus(input.menuIds);
    return withAudit(actor, async (em) => {
      const id = await this.roles.insert(em, input);
      await this.roles.setPermissions(em, id, input.permissions);
      await this.roles.setMenus(em, id, input.menuIds);
      const created = (await this.roles.find(id, em))!;
      return { result: created, audit: { action: 'role.create', resource: 'role', resourceId: id, after: created } };
    });
  }

  async update(actor: Actor, id: string, input: { name: string; description: string | null }): Promise<RoleDetail> {
    return this.change(actor, id, 'role.update', async (em) => this.roles.update(em, id, input));
  }

  async setPermissions(actor: Actor, id: string, codes: string[]): Promise<RoleDetail> {
    const current = await this.get(id);
    if (current.code === 'platform_admin') throw new AppError('ROLE_BUILT_IN', 'platform_admin holds every permission: its grants cannot be edited');
    await this.assertGrantable(actor.principal, codes, current.permissions);
    const role = await this.change(actor, id, 'role.permissions', async (em) => this.roles.setPermissions(em, id, codes));
    forgetPrincipal();
    return role;
  }

  async setMenus(actor: Actor, id: string, menuIds: string[]): Promise<RoleDetail> {
    await this.assertMenus(menuIds);
    return this.change(actor, id, 'role.menus', async (em) => this.roles.setMenus(em, id, menuIds));
  }

  async delete(actor: Actor, id: string): Promise<void> {
    await withAudit(actor, async (em) => {
      const before = await this.roles.find(id, em);
      if (!before) throw new AppError('NOT_FOUND', 'role not found');
      if (isBuiltIn(before.code)) throw new AppError('ROLE_BUILT_IN');
      if (before.userCount > 0) throw new AppError('ROLE_IN_USE', `the role is still assigned to ${before.userCount} user(s)`);
      await this.roles.delete(em, id);
      return { result: undefined, audit: { action: 'role.delete', resource: 'role', resourceId: id, before } };
    });
    forgetPrincipal();
  }

  private async change(actor: Actor, id: string, action: string, write: (em: EntityManager) => Promise<void>): Promise<RoleDetail> {
    return withAudit(actor, async (em) => {
      const before = await this.roles.find(id, em);
      if (!before) throw new AppError('NOT_FOUND', 'role not found');
      await write(em);
      const after = (await this.roles.find(id, em))!;
      return { result: after, audit: { action, resource: 'role', resourceId: id, before, after } };
    });
  }

  private async assertGrantable(principal: Principal, wanted: string[], current: string[]): Promise<void> {
    const unknown = await this.roles.unknownPermissions(wanted);
    if (unknown.length > 0) {
      throw AppError.unknownReference(...unknown.map((code) => ({ field: `body.permissions.${wanted.indexOf(code)}`, what: 'permission' })));
    }
    const missing = missingGrants(principal, [...wanted, ...current]);
    if (missing.length > 0) throw new AppError('GRANT_EXCEEDS_OWN', `you do not hold: ${missing.join(', ')}`);
  }

  private async assertMenus(menuIds: string[]): Promise<void> {
    const unknown = await this.roles.unknownMenus(menuIds);
    if (unknown.length > 0) {
      throw AppError.unknownReference(...unknown.map((id) => ({ field: `body.menuIds.${menuIds.indexOf(id)}`, what: 'menu' })));
    }
  }
}
