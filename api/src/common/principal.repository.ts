import { database } from './database';

/** A principal as stored: identity, roles, permissions and brands (principal.ts adds the session). */
export interface StoredPrincipal {
  userId: string;
  username: string;
  roles: string[];
  permissions: string[];
  brandIds: string[];
}

/** An active user's identity, roles, permissions and brands, or null for an unknown or inactive user. */
export async function principalRows(userId: string): Promise<StoredPrincipal | null> {
  const db = database();
  const [user] = await db.query('SELECT id, username, status FROM users WHERE id = ?', [userId]);
  if (!user || user.status !== 'active') return null;
  const roles: { code: string }[] = await db.query(
    'SELECT r.code FROM user_roles ur JOIN roles r ON r.id = ur.role_id WHERE ur.user_id = ? ORDER BY r.code',
    [userId],
  );
  const codes = roles.map((r) => r.code);
  const permissions: { code: string }[] = codes.includes('platform_admin')
    ? await db.query('SELECT code FROM permissions ORDER BY code')
    : await db.query(
        `SELECT DISTINCT p.code FROM user_roles ur JOIN role_permissions rp ON rp.role_id = ur.role_id
           JOIN permissions p ON p.id = rp.permission_id WHERE ur.user_id = ? ORDER BY p.code`,
        [userId],
      );
  const brands: { brand_id: string }[] = await db.query('SELECT brand_id FROM user_brands WHERE user_id = ? ORDER BY brand_id', [userId]);
  return {
    userId: String(user.id),
    username: user.username,
    roles: codes,
    permissions: permissions.map((p) => p.code),
    brandIds: brands.map((b) => String(b.brand_id)),
  };
}
