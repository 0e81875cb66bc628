import { Utils, type EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';

/**
 * Hot read paths (admin tables, integrations paging) skip entity hydration: one joined
 * statement, with each table's columns prefixed by its alias, mapped to plain objects by
 * the driver's own type conversion. Hydrating joined rows into managed entities costs ten
 * times the query itself; these rows are read-only and never flushed.
 */
export function prefixedColumns(em: EntityManager, entity: EntityName<object>, alias: string): string[] {
  const meta = em.getMetadata().get(Utils.className(entity));
  const out: string[] = [];
  for (const prop of meta.props) {
    if (prop.persist === false || !prop.fieldNames?.length) continue;
    if (prop.kind !== 'scalar' && prop.kind !== 'm:1' && prop.kind !== '1:1') continue;
    if (prop.kind === '1:1' && !prop.owner) continue;
    for (const field of prop.fieldNames) out.push(`${alias}.${field} as ${alias}__${field}`);
  }
  return out;
}

/** The columns of `alias` in a prefixed row, as a plain object with property names and JS types. */
export function mapPrefixed<T>(em: EntityManager, entity: EntityName<T>, row: Record<string, unknown>, alias: string): T {
  const meta = em.getMetadata().get(Utils.className(entity as EntityName<object>));
  const prefix = `${alias}__`;
  const own: Record<string, unknown> = {};
  for (const key in row) if (key.startsWith(prefix)) own[key.slice(prefix.length)] = row[key];
  const mapped = em.getDriver().mapResult(own as never, meta as never) as Record<string, unknown>;
  // SQLite hands JSON columns back as text, and the driver converts them only when hydrating.
  for (const prop of meta.props) {
    if (prop.columnTypes?.[0] === 'json' && typeof mapped[prop.name] === 'string') mapped[prop.name] = JSON.parse(mapped[prop.name] as string);
  }
  return mapped as T;
}

/** True for MikroORM-managed objects (entities and references); false for mapped plain rows. */
export const isManaged = (value: unknown): boolean => Utils.isEntity(value);

/** The id behind a relation, whether it is an entity, a reference or a mapped row's raw id. */
export function refId(ref: { id: string } | string | null | undefined): string | null {
  if (ref == null) return null;
  return typeof ref === 'string' ? ref : ref.id;
}
