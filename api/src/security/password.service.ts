import bcrypt from 'bcrypt';
import type { EntityManager } from 'typeorm';
import { AppError } from '../common/app-error';
import { config } from '../config';
import { withAudit, type AuditActor } from '../audit/audit.service';
import { FALLBACK_POLICY, passwordViolations, type PasswordPolicyRules } from './password-policy';
import { PasswordHistoryRepository, PasswordPolicyRepository } from './password-policy.repository';

const TTL_MS = 10_000;
let cached: { at: number; value: PasswordPolicyRules } | undefined;

/** The password policy (cached 10 s, dropped at once when changed through this process) and password checks. */
export class PasswordService {
  constructor(
    private readonly policies = new PasswordPolicyRepository(),
    private readonly history = new PasswordHistoryRepository(),
  ) {}

  async policy(): Promise<PasswordPolicyRules> {
    if (cached && Date.now() - cached.at < TTL_MS) return cached.value;
    const value = (await this.policies.load()) ?? FALLBACK_POLICY;
    cached = { at: Date.now(), value };
    return value;
  }

  /** Replaces the policy; audited in the same transaction. */
  async updatePolicy(actor: AuditActor, rules: PasswordPolicyRules): Promise<PasswordPolicyRules> {
    await withAudit(actor, async (em) => {
      const before = await this.policies.load(em);
      await this.policies.save(em, rules);
      return { result: undefined, audit: { action: 'password_policy.update', resource: 'password_policy', resourceId: 'default', before, after: rules } };
    });
    cached = undefined;
    return this.policy();
  }

  /**
   * Refuses a new password that breaks the policy (PASSWORD_POLICY_VIOLATION, one field error per rule,
   * on `field`) or that is the current one or one of the last `historyCount` (PASSWORD_REUSED).
   */
  async assertAcceptable(password: string, who: { username: string; userId?: string; currentHash?: string }, field: string): Promise<void> {
    const policy = await this.policy();
    const violations = passwordViolations(policy, password, { username: who.username });
    if (violations.length > 0) {
      throw new AppError('PASSWORD_POLICY_VIOLATION', `the password needs: ${violations.map((v) => v.message).join(', ')}`,
        violations.map((v) => ({ field, code: v.code, message: v.message })));
    }
    if (!who.userId) return;
    const earlier = await this.history.recent(who.userId, policy.historyCount);
    const hashes = who.currentHash ? [who.currentHash, ...earlier] : earlier;
    for (const hash of new Set(hashes)) {
      if (await bcrypt.compare(password, hash)) throw new AppError('PASSWORD_REUSED', undefined, [{ field, code: 'reused', message: 'used recently' }]);
    }
  }

  hash(password: string): Promise<string> {
    return bcrypt.hash(password, config().BCRYPT_ROUNDS);
  }

  /** Remembers a password the user now has, for the history rule. */
  remember(em: EntityManager, userId: string, passwordHash: string): Promise<void> {
    return this.history.add(em, userId, passwordHash);
  }
}
