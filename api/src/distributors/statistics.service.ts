import { fromCents, toCents } from '@dmh/shared';
import type { Principal } from '../common/principal';
import { administersBrand } from '../brands/brand-scope';
import { AppError } from '../common/app-error';
import { DistributorsRepository } from './distributors.repository';
import type { StatisticsView } from './distributors.schemas';
import { StatisticsRepository, type StatsSubject } from './statistics.repository';

const TOP = 10;

/**
 * Distributor statistics of a brand. Its admins (and platform admins) see the whole brand; one of its
 * distributors sees its own numbers; anyone else gets 404 (the brand's existence is not revealed).
 */
export class StatisticsService {
  constructor(
    private readonly stats = new StatisticsRepository(),
    private readonly distributors = new DistributorsRepository(),
  ) {}

  async forBrand(principal: Principal, brandId: string): Promise<StatisticsView> {
    let subject: StatsSubject;
    if (administersBrand(principal, brandId, 'distributor:read')) {
      if ((await this.distributors.brandStatus(brandId)) === null) throw new AppError('NOT_FOUND', 'brand not found');
      subject = { brandId, distributorId: null };
    } else {
      const own = await this.distributors.ofUserInBrand(principal.userId, brandId);
      if (!own) throw new AppError('NOT_FOUND', 'brand not found');
      subject = { brandId, distributorId: own.id };
    }
    const [funnel, byLevel] = await Promise.all([this.stats.funnel(subject), this.stats.earningsByLevel(subject)]);
    const brandWide = subject.distributorId === null;
    return {
      brandId,
      scope: brandWide ? 'brand' : 'distributor',
      distributorId: subject.distributorId,
      distributors: brandWide ? await this.stats.distributorCounts(brandId) : null,
      ...funnel,
      conversionRate: conversion(funnel.paidOrders, funnel.clicks),
      earnings: { total: fromCents(byLevel.reduce((sum, l) => sum + toCents(l.amount), 0)), byLevel },
      topDistributors: brandWide ? await this.stats.top(brandId, TOP) : [],
    };
  }
}

/** Paid orders per counted click, 4 decimals (0 without clicks). */
export function conversion(paid: number, clicks: number): number {
  return clicks === 0 ? 0 : Math.round((paid / clicks) * 10_000) / 10_000;
}
