import { randomBytes } from 'node:crypto';
import { BALANCE_ACTOR_TYPE, BalanceActorContract, fromCents, toCents } from '@dmh/shared';
import { recordAudit, withAudit, type AuditActor } from '../audit/audit.service';
import type { Principal } from '../common/principal';
import { brandScope } from '../brands/brand-scope';
import { AppError } from '../common/app-error';
import { config } from '../config';
import { actorRef } from '../dapr/actor-invoker';
import { WithdrawalDispatcher } from './withdrawal.dispatcher';
import type { WithdrawalAction } from './withdrawal-state';
import type { RequestWithdrawalBody } from './withdrawals.schemas';
import { type WithdrawalReader, WithdrawalsRepository, type WithdrawalView } from './withdrawals.repository';

const ADMIN_PERMISSIONS = ['withdrawal:read', 'withdrawal:approve'];

/**
 * Withdrawals: a distributor asks (the BalanceActor freezes the amount at once, or refuses), an admin of the
 * brand approves or rejects (rejection releases the money), then marks the payout paid (the frozen money
 * leaves). Each review step is guarded, audited in its own transaction, and idempotent under replays and
 * concurrent calls; the money moves through the owner's BalanceActor, re-driven by the outbox if need be.
 */
export class WithdrawalsService {
  constructor(
    private readonly repository = new WithdrawalsRepository(),
    private readonly dispatcher = new WithdrawalDispatcher(),
  ) {}

  async request(principal: Principal, body: RequestWithdrawalBody, actor: AuditActor): Promise<WithdrawalView> {
    const cents = toCents(body.amount);
    const minimum = toCents(config().WITHDRAWAL_MIN_AMOUNT);
    if (cents < minimum) {
      throw new AppError('WITHDRAWAL_BELOW_MINIMUM', `the minimum withdrawal is ${fromCents(minimum)}`, [
        { field: 'body.amount', code: 'too_small', message: `at least ${fromCents(minimum)}` },
      ]);
    }
    const brandId = await this.reviewingBrand(principal.userId, body.brandId);
    const amount = fromCents(cents);
    const result = await actorRef<BalanceActorContract>(BALANCE_ACTOR_TYPE, principal.userId).requestWithdrawal({
      requestKey: body.idempotencyKey ?? randomBytes(16).toString('hex'),
      amount,
      brandId,
      accountInfo: body.accountInfo ? { ...body.accountInfo } : null,
    });
    if (!result.ok) {
      if (result.reason === 'open_request') throw new AppError('WITHDRAWAL_OPEN_EXISTS');
      throw new AppError('WITHDRAWAL_INSUFFICIENT_BALANCE', `the available balance is ${result.available}`, [
        { field: 'body.amount', code: 'exceeds_balance', message: `at most ${result.available}` },
      ]);
    }
    const withdrawal = await this.get(principal, result.withdrawalId);
    if (!result.created && toCents(withdrawal.amount) !== cents) {
      throw AppError.validation([{ field: 'body.idempotencyKey', code: 'reused', message: 'already used for a different withdrawal' }]);
    }
    if (result.created) {
      await withAudit(actor, async () => ({
        result: null,
        audit: { action: 'withdrawal.request', resource: 'withdrawal', resourceId: withdrawal.id, brandId, after: withdrawal },
      }));
    }
    return withdrawal;
  }

  async get(principal: Principal, id: string): Promise<WithdrawalView> {
    const withdrawal = await this.repository.find(reader(principal), id);
    if (!withdrawal) throw new AppError('NOT_FOUND');
    return withdrawal;
  }

  async list(principal: Principal, query: { page: number; pageSize: number; status?: string; userId?: string; brandId?: string }) {
    const { page, pageSize, ...filter } = query;
    const { items, total } = await this.repository.list(reader(principal), filter, page, pageSize);
    return { items, total, page, pageSize };
  }

  async review(
    principal: Principal,
    id: string,
    action: WithdrawalAction,
    details: { reason?: string; payoutRef?: string },
    actor: AuditActor,
  ): Promise<WithdrawalView> {
    const outcome = await this.repository.review(
      brandScope(principal),
      principal.userId,
      id,
      action,
      details,
      (em, before, after) =>
        recordAudit(em, actor, { action: `withdrawal.${action}`, resource: 'withdrawal', resourceId: id, brandId: after.brandId, before, after }),
      config().OUTBOX_LEASE_MS,
    );
    switch (outcome.kind) {
      case 'not_found':
        throw new AppError('NOT_FOUND');
      case 'own':
        throw new AppError('FORBIDDEN', 'you cannot review your own withdrawal');
      case 'conflict':
        throw new AppError('WITHDRAWAL_STATE_CONFLICT', `the withdrawal is ${outcome.status}`);
      case 'replay':
        return outcome.withdrawal;
      case 'applied':
        if (outcome.outboxId) {
          const item = { id: outcome.outboxId, aggregateId: id };
          // The money moves right away; if this does not finish, the outbox relay finishes it.
          await (action === 'reject' ? this.dispatcher.release(item) : this.dispatcher.payOut(item));
        }
        return outcome.withdrawal;
    }
  }

  /** The brand whose admins review the withdrawal: the one given, or the only one the user distributes for. */
  private async reviewingBrand(userId: string, requested: string | undefined): Promise<string> {
    const brands = await this.repository.activeDistributorBrands(userId);
    if (brands.length === 0) throw new AppError('FORBIDDEN', 'only an active distributor can withdraw');
    if (requested !== undefined) {
      if (!brands.includes(requested)) throw AppError.unknownReference({ field: 'body.brandId', what: 'brand (one you distribute for)' });
      return requested;
    }
    if (brands.length > 1) throw AppError.validation([{ field: 'body.brandId', code: 'required', message: 'you distribute for several brands: say which' }]);
    return brands[0];
  }
}

function reader(principal: Principal): WithdrawalReader {
  const admin = ADMIN_PERMISSIONS.some((p) => principal.permissions.includes(p)) ? brandScope(principal) : null;
  return { userId: principal.userId, admin };
}
