import bcrypt from 'bcrypt';
import { AppError } from '../common/app-error';
import { AuthRepository } from './auth.repository';
import { loadPrincipal, type Principal } from './principal';
import { ACCESS_TOKEN_SECONDS, signAccessToken } from './tokens';

// Compared against when the user does not exist, so both answers take the same time.
const DUMMY_HASH = bcrypt.hashSync('dmh-timing-equaliser', 10);

export class AuthService {
  constructor(private readonly users = new AuthRepository()) {}

  /** The same answer for an unknown user, a wrong password and a disabled account. */
  async login(username: string, password: string): Promise<{ accessToken: string; expiresIn: number; user: Principal }> {
    const user = await this.users.findByUsername(username);
    const matches = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !matches || user.status !== 'active') throw new AppError('UNAUTHORIZED', 'wrong username or password');
    const principal = await loadPrincipal(user.id, null);
    if (!principal) throw new AppError('UNAUTHORIZED', 'wrong username or password');
    return { accessToken: signAccessToken({ userId: user.id, username: user.username, sessionId: null }), expiresIn: ACCESS_TOKEN_SECONDS, user: principal };
  }
}
