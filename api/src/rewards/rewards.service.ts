import { isPlatformAdmin, type Principal } from '../common/principal';
import { brandScope, type BrandScope } from '../brands/brand-scope';
import { AppError } from '../common/app-error';
import { RewardsRepository } from './rewards.repository';

/**
 * Who reads whose money. A user reads their own balance, ledger and rewards; a platform admin anyone's.
 * A brand admin (`reward:read`) reads the rewards a distributor of their brands earned in those brands,
 * and nothing else: a balance and its ledger span every brand the user earns in, so they stay private.
 * Anything else answers 404, as if the user did not exist.
 */
export class RewardsService {
  constructor(private readonly repository = new RewardsRepository()) {}

  async balance(principal: Principal, userId: string) {
    assertOwnerOrPlatform(principal, userId);
    return this.repository.balance(userId);
  }

  async ledger(principal: Principal, userId: string, page: number, pageSize: number) {
    assertOwnerOrPlatform(principal, userId);
    const { items, total } = await this.repository.ledger(userId, page, pageSize);
    return { items, total, page, pageSize };
  }

  async rewards(principal: Principal, userId: string, page: number, pageSize: number) {
    const scope = await this.rewardScope(principal, userId);
    const { items, total } = await this.repository.list(userId, scope, page, pageSize);
    return { items, total, page, pageSize };
  }

  private async rewardScope(principal: Principal, userId: string): Promise<BrandScope> {
    if (principal.userId === userId || isPlatformAdmin(principal)) return { all: true };
    const scope = brandScope(principal);
    if (principal.permissions.includes('reward:read') && !scope.all && scope.brandIds.length > 0 && (await this.repository.isDistributorIn(userId, scope))) {
      return scope;
    }
    throw new AppError('NOT_FOUND');
  }
}

function assertOwnerOrPlatform(principal: Principal, userId: string): void {
  if (principal.userId !== userId && !isPlatformAdmin(principal)) throw new AppError('NOT_FOUND');
}
