import type { DeepPartial, EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';

/**
 * The row matching `where` (a unique key), or a new one made of `where` plus `values()`. Existing rows are
 * never changed, so seeding twice changes nothing. `values` is lazy: e.g. a password is hashed only once.
 */
export async function findOrInsert<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  where: FindOptionsWhere<T> & DeepPartial<T>,
  values: () => NoInfer<DeepPartial<T>> | Promise<NoInfer<DeepPartial<T>>> = () => ({}) as DeepPartial<T>,
): Promise<T> {
  const found = await manager.findOneBy(target, where);
  if (found) return found;
  const row = manager.create(target, { ...where, ...(await values()) } as DeepPartial<T>);
  return manager.save(target, row);
}
