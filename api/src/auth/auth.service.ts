import bcrypt from 'bcrypt';
import { AppError } from '../common/app-error';
import { AuthRepository } from './auth.repository';
import { ACCESS_TOKEN_SECONDS, Principal, signAccessToken } from './tokens';

// Compared against when the user does not exist, so both answers take the same time.
const DUMMY_HASH = bcrypt.hashSync('dmh-timing-equaliser', 10);

export class AuthService {
  constructor(private readonly users = new AuthRepository()) {}

  /** The same answer for an unknown user, a wrong password and a disabled account. */
  async login(username: string, password: string): Promise<{ accessToken: string; expiresIn: number; user: Principal }> {
    const user = await this.users.findByUsername(username);
    const matches = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !matches || user.status !== 'active') throw new AppError('UNAUTHORIZED', 'wrong username or password');
    const principal: Principal = { userId: user.id, username: user.username, ...(await this.users.rolesAndBrands(user.id)) };
    return { accessToken: signAccessToken(principal), expiresIn: ACCESS_TOKEN_SECONDS, user: principal };
  }
}
