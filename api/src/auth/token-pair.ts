import { AppError } from '../common/app-error';
import { AuthRepository } from './auth.repository';
import { loadPrincipal } from '../common/principal';
import { SessionsService, type Client } from './sessions.service';
import { ACCESS_TOKEN_SECONDS, signAccessToken } from '../common/tokens';

/**
 * The token pair of a consumer login (SMS code, WeChat OAuth): a new session, its refresh token, an access
 * token, the principal, and the login recorded; the same answer as password login.
 */
export async function issueTokenPair(userId: string, client: Client, sessions = new SessionsService(), now = Date.now()) {
  const session = await sessions.open(userId, client);
  const user = await loadPrincipal(userId, session.sessionId);
  if (!user) throw new AppError('LOGIN_FAILED');
  await new AuthRepository().recordLogin(userId, client.ip);
  return {
    tokenType: 'Bearer' as const,
    accessToken: signAccessToken({ userId, username: user.username, sessionId: session.sessionId }),
    expiresIn: ACCESS_TOKEN_SECONDS,
    refreshToken: session.refreshToken,
    refreshExpiresIn: Math.round((session.refreshExpiresAt.getTime() - now) / 1000),
    passwordExpired: false,
    passwordChangeReason: null,
    user,
  };
}
