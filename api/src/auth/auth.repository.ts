import { database } from '../common/database';

export interface UserAuthRow {
  id: string;
  username: string;
  passwordHash: string;
  status: string;
}

export class AuthRepository {
  async findByUsername(username: string): Promise<UserAuthRow | null> {
    const [row] = await database().query('SELECT id, username, password_hash, status FROM users WHERE username = ?', [username]);
    return row ? { id: String(row.id), username: row.username, passwordHash: row.password_hash, status: row.status } : null;
  }

  async rolesAndBrands(userId: string): Promise<{ roles: string[]; brandIds: string[] }> {
    const roles = await database().query('SELECT r.code FROM user_roles ur JOIN roles r ON r.id = ur.role_id WHERE ur.user_id = ?', [userId]);
    const brands = await database().query('SELECT brand_id FROM user_brands WHERE user_id = ?', [userId]);
    return { roles: roles.map((r: { code: string }) => r.code), brandIds: brands.map((b: { brand_id: string }) => String(b.brand_id)) };
  }
}
