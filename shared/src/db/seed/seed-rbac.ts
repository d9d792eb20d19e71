import type { EntityManager } from 'typeorm';
import { Menu } from '../../entities/rbac/menu.entity';
import { Permission } from '../../entities/rbac/permission.entity';
import { RoleMenu } from '../../entities/rbac/role-menu.entity';
import { RolePermission } from '../../entities/rbac/role-permission.entity';
import { Role, type RoleCode } from '../../entities/rbac/role.entity';
import { findOrInsert } from './find-or-insert';
import { CONSOLE_ROLES, MENUS, PERMISSIONS, ROLES, ROLE_PERMISSIONS } from './rbac-data';

/** Role ids by role code. */
export type RoleIds = Record<RoleCode, string>;

/** Roles, permissions, console menus, and which role has which permission and menu. */
export async function seedRbac(manager: EntityManager): Promise<RoleIds> {
  const roleIds = {} as RoleIds;
  for (const role of ROLES) {
    const row = await findOrInsert(manager, Role, { code: role.code }, () => ({
      name: role.name,
      description: role.description,
    }));
    roleIds[role.code] = row.id;
  }

  const permissionIds = new Map<string, string>();
  for (const permission of PERMISSIONS) {
    const [resource, action] = permission.code.split(':');
    const row = await findOrInsert(manager, Permission, { code: permission.code }, () => ({
      resource,
      action,
      name: permission.name,
    }));
    permissionIds.set(permission.code, row.id);
  }

  const menuIds = new Map<string, string>();
  for (const menu of MENUS) {
    const parentId = menu.parentCode ? menuIds.get(menu.parentCode) ?? null : null;
    const row = await findOrInsert(manager, Menu, { code: menu.code }, () => ({
      parentId,
      name: menu.name,
      path: menu.path,
      icon: menu.icon,
      sort: menu.sort,
      permissionCode: menu.permissionCode,
    }));
    menuIds.set(menu.code, row.id);
  }

  for (const role of ROLES) {
    const granted = grantedPermissions(role.code);
    for (const code of granted) {
      await findOrInsert(manager, RolePermission, { roleId: roleIds[role.code], permissionId: permissionIds.get(code)! });
    }
    const menus = CONSOLE_ROLES.includes(role.code) ? visibleMenus(granted) : [];
    for (const menu of menus) {
      await findOrInsert(manager, RoleMenu, { roleId: roleIds[role.code], menuId: menuIds.get(menu)! });
    }
  }
  return roleIds;
}

function grantedPermissions(role: RoleCode): string[] {
  const grant = ROLE_PERMISSIONS[role];
  return grant === 'all' ? PERMISSIONS.map((p) => p.code) : grant;
}

/** Menus whose permission the role has, plus the groups that contain one of them. */
function visibleMenus(granted: string[]): string[] {
  const leaves = MENUS.filter((m) => m.permissionCode !== null && granted.includes(m.permissionCode));
  const groups = MENUS.filter((m) => m.permissionCode === null && leaves.some((leaf) => leaf.parentCode === m.code));
  return [...groups, ...leaves].map((m) => m.code);
}
