import { AppError } from '../common/app-error';
import { withAudit, type AuditActor } from '../audit/audit.service';
import { buildMenuTree, createsCycle, type MenuItem, type MenuNode } from './menu-tree';
import { MenusRepository, type MenuFields } from './menus.repository';

/** The admin console's navigation, managed by platform admins (role:write); every write audited. */
export class MenusService {
  constructor(private readonly menus = new MenusRepository()) {}

  async tree(): Promise<MenuNode[]> {
    return buildMenuTree(await this.menus.all());
  }

  /** The tree a user sees: the menus of their roles and the groups above them. */
  async treeFor(userId: string): Promise<MenuNode[]> {
    const [all, visible] = await Promise.all([this.menus.all(), this.menus.visibleIdsFor(userId)]);
    return buildMenuTree(all, visible);
  }

  async create(actor: AuditActor, fields: MenuFields): Promise<MenuItem> {
    await this.assertPermission(fields.permissionCode);
    return withAudit(actor, async (em) => {
      if (fields.parentId && !(await this.menus.find(fields.parentId, em))) throw AppError.unknownReference({ field: 'body.parentId', what: 'menu' });
      const id = await this.menus.insert(em, fields);
      const created = { id, ...fields };
      return { result: created, audit: { action: 'menu.create', resource: 'menu', resourceId: id, after: created } };
    });
  }

  async update(actor: AuditActor, id: string, fields: MenuFields): Promise<MenuItem> {
    await this.assertPermission(fields.permissionCode);
    return withAudit(actor, async (em) => {
      const before = await this.menus.find(id, em);
      if (!before) throw new AppError('NOT_FOUND', 'menu not found');
      if (fields.parentId && !(await this.menus.find(fields.parentId, em))) throw AppError.unknownReference({ field: 'body.parentId', what: 'menu' });
      if (createsCycle(await this.menus.all(em), id, fields.parentId)) {
        throw new AppError('MENU_PARENT_CYCLE', undefined, [{ field: 'body.parentId', code: 'cycle', message: 'would put the menu under itself' }]);
      }
      await this.menus.update(em, id, fields);
      const after = { id, ...fields };
      return { result: after, audit: { action: 'menu.update', resource: 'menu', resourceId: id, before, after } };
    });
  }

  async delete(actor: AuditActor, id: string): Promise<void> {
    await withAudit(actor, async (em) => {
      const before = await this.menus.find(id, em);
      if (!before) throw new AppError('NOT_FOUND', 'menu not found');
      if (await this.menus.hasChildren(em, id)) throw new AppError('MENU_HAS_CHILDREN');
      await this.menus.delete(em, id);
      return { result: undefined, audit: { action: 'menu.delete', resource: 'menu', resourceId: id, before } };
    });
  }

  private async assertPermission(code: string | null): Promise<void> {
    if (code !== null && !(await this.menus.permissionExists(code))) {
      throw AppError.unknownReference({ field: 'body.permissionCode', what: 'permission' });
    }
  }
}
