import type { Principal } from '../common/principal';
import { AppError } from '../common/app-error';
import { database } from '../common/database';
import { recordAudit, type AuditActor } from '../audit/audit.service';
import { LoginAttemptsRepository, type LoginAttemptFilter } from './login-attempts.repository';
import { SecurityEventsRepository, type SecurityEventFilter, type SecurityEventRow } from './security-events.repository';

/** Security events and login attempts for admins (security:read), events handled with security:write. */
export class SecurityService {
  constructor(
    private readonly events = new SecurityEventsRepository(),
    private readonly attempts = new LoginAttemptsRepository(),
  ) {}

  async listEvents(filter: SecurityEventFilter, page: number, pageSize: number) {
    return { ...(await this.events.list(filter, page, pageSize)), page, pageSize };
  }

  async listLoginAttempts(filter: LoginAttemptFilter, page: number, pageSize: number) {
    return { ...(await this.attempts.list(filter, page, pageSize)), page, pageSize };
  }

  /** Marks an event handled, with the operator's note in the audit entry. Handling it again changes nothing. */
  async handle(actor: AuditActor & { principal: Principal }, id: string, note: string | null): Promise<SecurityEventRow> {
    return database().transaction(async (em) => {
      const event = await this.events.findForUpdate(em, id);
      if (!event) throw new AppError('NOT_FOUND', 'security event not found');
      if (event.handled) return event;
      await this.events.markHandled(em, id);
      const after = { ...event, handled: true };
      await recordAudit(em, actor, { action: 'security_event.handle', resource: 'security_event', resourceId: id, before: event, after: { handled: true, note } });
      return after;
    });
  }
}
