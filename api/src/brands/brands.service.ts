import { isDuplicateKeyError } from '@dmh/shared';
import type { Principal } from '../common/principal';
import { type AuditActor, withAudit } from '../audit/audit.service';
import { AppError } from '../common/app-error';
import { brandScope } from './brand-scope';
import { type BrandRecord, BrandsRepository } from './brands.repository';
import { DEFAULT_REWARD_LEVELS, mergeSettings } from './brand-settings';
import type { BrandListQuery, BrandView, CreateBrandBody, UpdateBrandBody } from './brands.schemas';

/** Brand administration: a platform admin creates and changes brands; a brand admin reads its own. */
export class BrandsService {
  constructor(private readonly brands = new BrandsRepository()) {}

  async list(principal: Principal, query: BrandListQuery) {
    const { items, total } = await this.brands.list(brandScope(principal), query);
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  async get(principal: Principal, id: string): Promise<BrandView> {
    const brand = await this.brands.find(brandScope(principal), id);
    if (!brand) throw new AppError('NOT_FOUND', 'brand not found');
    return strip(brand);
  }

  async create(actor: AuditActor & { principal: Principal }, body: CreateBrandBody): Promise<BrandView> {
    const record: BrandRecord = {
      name: body.name,
      logo: body.logo ?? null,
      description: body.description ?? null,
      status: body.status ?? 'active',
      settings: { rewardLevels: body.settings?.rewardLevels ?? DEFAULT_REWARD_LEVELS },
    };
    const id = await withAudit(actor, async (em) => {
      const inserted = await this.brands.insert(em, record).catch(nameTaken);
      return { result: inserted, audit: { action: 'brand.create', resource: 'brand', resourceId: inserted, brandId: inserted, after: record } };
    });
    return this.get(actor.principal, id);
  }

  /** A partial update: fields left out keep their value; settings are merged key by key. */
  async update(actor: AuditActor & { principal: Principal }, id: string, body: UpdateBrandBody): Promise<BrandView> {
    const scope = brandScope(actor.principal);
    await withAudit(actor, async (em) => {
      const current = await this.brands.find(scope, id, em, true);
      if (!current) throw new AppError('NOT_FOUND', 'brand not found');
      const before: BrandRecord = {
        name: current.name, logo: current.logo, description: current.description, status: current.status, settings: current.rawSettings,
      };
      const after: BrandRecord = {
        name: body.name ?? before.name,
        logo: body.logo === undefined ? before.logo : body.logo,
        description: body.description === undefined ? before.description : body.description,
        status: body.status ?? before.status,
        settings: mergeSettings(before.settings, body.settings ?? {}),
      };
      await this.brands.update(em, id, after).catch(nameTaken);
      return { result: undefined, audit: { action: 'brand.update', resource: 'brand', resourceId: id, brandId: id, before, after } };
    });
    return this.get(actor.principal, id);
  }
}

function strip(brand: BrandView & { rawSettings?: unknown }): BrandView {
  const { rawSettings: _raw, ...view } = brand;
  return view;
}

function nameTaken(err: unknown): never {
  if (isDuplicateKeyError(err, 'uk_name')) throw new AppError('BRAND_NAME_TAKEN');
  throw err;
}
