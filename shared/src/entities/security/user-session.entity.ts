import { Entity, Index } from 'typeorm';
import { CreatedAtColumn, DateTimeColumn, HashColumn, IdColumn, RefColumn, VarcharColumn } from '../columns';

/**
 * A login session: `sessionId` is the access token's `jti`. Refresh tokens rotate within a family; only
 * the SHA-256 of the current refresh token is stored. Revoking sets `revokedAt`.
 */
@Entity({ name: 'user_sessions' })
@Index('uk_session_id', ['sessionId'], { unique: true })
@Index('uk_refresh_token_hash', ['refreshTokenHash'], { unique: true })
@Index('idx_user_id', ['userId'])
@Index('idx_refresh_family', ['refreshFamily'])
export class UserSession {
  @IdColumn() id!: string;
  @RefColumn('user_id') userId!: string;
  @VarcharColumn('session_id', 64) sessionId!: string;
  @VarcharColumn('refresh_family', 64) refreshFamily!: string;
  @HashColumn('refresh_token_hash') refreshTokenHash!: string;
  @VarcharColumn('ip', 45, { nullable: true }) ip!: string | null;
  @VarcharColumn('user_agent', 500, { nullable: true }) userAgent!: string | null;
  @DateTimeColumn('expires_at') expiresAt!: Date;
  @DateTimeColumn('revoked_at', { nullable: true }) revokedAt!: Date | null;
  @DateTimeColumn('last_seen_at', { nullable: true }) lastSeenAt!: Date | null;
  @CreatedAtColumn() createdAt!: Date;
}
