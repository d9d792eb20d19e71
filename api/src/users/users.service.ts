import type { EntityManager } from 'typeorm';
import { AuthRepository } from '../auth/auth.repository';
import { forgetPrincipal, type Principal } from '../common/principal';
import { SessionsService } from '../auth/sessions.service';
import { AppError } from '../common/app-error';
import { withAudit, type AuditActor } from '../audit/audit.service';
import { PasswordService } from '../security/password.service';
import { foreignBrands, missingGrants } from '../rbac/grants';
import { RolesRepository } from '../rbac/roles.repository';
import { UsersRepository, type UserFilter, type UserView } from './users.repository';

type Actor = AuditActor & { principal: Principal };

export interface NewAccount {
  username: string;
  password: string;
  phone: string | null;
  email: string | null;
  realName: string | null;
  roles: string[];
  brandIds: string[];
}

/**
 * User administration (user:read / user:write). Nobody may act on an account that holds more than they
 * do, nor hand out a role or a brand they do not hold; nobody may disable themselves or drop their own
 * platform_admin role. Every write is audited in its transaction and drops the user's cached principal.
 */
export class UsersService {
  constructor(
    private readonly users = new UsersRepository(),
    private readonly roles = new RolesRepository(),
    private readonly accounts = new AuthRepository(),
    private readonly passwords = new PasswordService(),
    private readonly sessions = new SessionsService(),
  ) {}

  async list(filter: UserFilter, page: number, pageSize: number) {
    return { ...(await this.users.list(filter, page, pageSize)), page, pageSize };
  }

  async get(id: string): Promise<UserView> {
    const user = await this.users.find(id);
    if (!user) throw new AppError('NOT_FOUND', 'user not found');
    return user;
  }

  async create(actor: Actor, input: NewAccount): Promise<UserView> {
    const roleIds = await this.grantableRoles(actor.principal, input.roles);
    await this.assertBrands(actor.principal, input.brandIds);
    await this.accounts.assertAvailable(input.username, input.phone);
    await this.passwords.assertAcceptable(input.password, { username: input.username }, 'body.password');
    const passwordHash = await this.passwords.hash(input.password);
    return withAudit(actor, async (em) => {
      // An administrator chose this password: its owner chooses their own at the first login.
      const id = await this.accounts.insertUser(em, { ...input, passwordHash, mustChangePassword: true });
      await this.passwords.remember(em, id, passwordHash);
      await this.users.setRoles(em, id, roleIds);
      await this.users.setBrands(em, id, input.brandIds);
      const after = (await this.users.find(id, em))!;
      return { result: after, audit: { action: 'user.create', resource: 'user', resourceId: id, after } };
    });
  }

  async disable(actor: Actor, id: string): Promise<UserView> {
    if (id === actor.principal.userId) throw new AppError('SELF_CHANGE_REFUSED');
    const user = await this.change(actor, id, 'user.disable', (em) => this.users.setStatus(em, id, 'disabled'));
    await this.sessions.revokeAllOf(id);
    return user;
  }

  enable(actor: Actor, id: string): Promise<UserView> {
    return this.change(actor, id, 'user.enable', (em) => this.users.setStatus(em, id, 'active'));
  }

  unlock(actor: Actor, id: string): Promise<UserView> {
    return this.change(actor, id, 'user.unlock', (em) => this.users.unlock(em, id));
  }

  async setRoles(actor: Actor, id: string, codes: string[]): Promise<UserView> {
    if (id === actor.principal.userId && actor.principal.roles.includes('platform_admin') && !codes.includes('platform_admin')) {
      throw new AppError('SELF_CHANGE_REFUSED');
    }
    const roleIds = await this.grantableRoles(actor.principal, codes);
    return this.change(actor, id, 'user.roles', (em) => this.users.setRoles(em, id, roleIds));
  }

  async setBrands(actor: Actor, id: string, brandIds: string[]): Promise<UserView> {
    await this.assertBrands(actor.principal, brandIds);
    return this.change(actor, id, 'user.brands', (em) => this.users.setBrands(em, id, brandIds));
  }

  /** One audited change of an account the actor may act on. */
  private async change(actor: Actor, id: string, action: string, write: (em: EntityManager) => Promise<void>): Promise<UserView> {
    const result = await withAudit(actor, async (em) => {
      const before = await this.users.find(id, em);
      if (!before) throw new AppError('NOT_FOUND', 'user not found');
      const missing = missingGrants(actor.principal, await this.roles.permissionsOf(before.roles, em));
      if (missing.length > 0 || foreignBrands(actor.principal, before.brandIds).length > 0) {
        throw new AppError('GRANT_EXCEEDS_OWN', 'this account holds more than you do');
      }
      await write(em);
      const after = (await this.users.find(id, em))!;
      return { result: after, audit: { action, resource: 'user', resourceId: id, before, after } };
    });
    forgetPrincipal(id);
    return result;
  }

  private async grantableRoles(principal: Principal, codes: string[]): Promise<string[]> {
    const found = await this.roles.byCodes(codes);
    const unknown = codes.filter((code) => !found.some((r) => r.code === code));
    if (unknown.length > 0) {
      throw AppError.unknownReference(...unknown.map((code) => ({ field: `body.roles.${codes.indexOf(code)}`, what: 'role' })));
    }
    const missing = missingGrants(principal, await this.roles.permissionsOf(codes));
    if (missing.length > 0) throw new AppError('GRANT_EXCEEDS_OWN', `these roles grant what you do not hold: ${missing.join(', ')}`);
    return found.map((r) => r.id);
  }

  private async assertBrands(principal: Principal, brandIds: string[]): Promise<void> {
    const unknown = await this.users.unknownBrands(brandIds);
    if (unknown.length > 0) {
      throw AppError.unknownReference(...unknown.map((id) => ({ field: `body.brandIds.${brandIds.indexOf(id)}`, what: 'brand' })));
    }
    if (foreignBrands(principal, brandIds).length > 0) throw new AppError('GRANT_EXCEEDS_OWN', 'you can only hand out your own brands');
  }
}
