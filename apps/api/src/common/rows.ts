import { Utils, type EntityName } from '@mikro-orm/core';
import type { EntityManager, Knex } from '@mikro-orm/knex';

/**
 * Hot read paths (admin tables, integrations paging) skip entity hydration: one joined
 * statement, with each table's columns prefixed by its alias, mapped to plain objects by
 * the driver's own type conversion. Hydrating joined rows into managed entities costs ten
 * times the query itself; these rows are read-only and never flushed.
 */
interface Column {
  /** the prefixed column name in the row */
  key: string;
  field: string;
  prop: string;
  convert: ((value: unknown) => unknown) | null;
}

const plans = new WeakMap<object, Map<string, Column[]>>();

/**
 * Which columns an entity has and how each becomes a JS value; computed once per entity,
 * alias and omitted set. Omitted properties stay `undefined` in mapped rows.
 */
function plan(em: EntityManager, entity: EntityName<object>, alias: string, omit: readonly string[] = []): Column[] {
  const meta = em.getMetadata().get(Utils.className(entity));
  let byAlias = plans.get(meta);
  if (!byAlias) plans.set(meta, (byAlias = new Map()));
  const key = omit.length ? `${alias}|${omit.join(',')}` : alias;
  let columns = byAlias.get(key);
  if (columns) return columns;
  columns = [];
  for (const prop of meta.props) {
    if (prop.persist === false || !prop.fieldNames?.length || omit.includes(prop.name)) continue;
    if (prop.kind !== 'scalar' && prop.kind !== 'm:1') continue;
    const field = prop.fieldNames[0]!;
    columns.push({ key: `${alias}__${field}`, field, prop: prop.name, convert: converter(prop.columnTypes?.[0] ?? '', prop.runtimeType) });
  }
  byAlias.set(key, columns);
  return columns;
}

function converter(columnType: string, runtimeType: string): Column['convert'] {
  // SQLite returns JSON as text, datetimes as epoch milliseconds and booleans as 0/1;
  // PostgreSQL returns them converted already, which these leave alone.
  if (columnType.startsWith('json')) return (v) => (typeof v === 'string' ? JSON.parse(v) : v);
  if (runtimeType === 'Date') return dateOf;
  if (runtimeType === 'boolean') return (v) => (v == null ? v : Boolean(v));
  if (runtimeType === 'number') return (v) => (v == null ? v : Number(v));
  return null;
}

/** A datetime column's value as a Date: SQLite gives epoch milliseconds (as a number or digits), PostgreSQL a Date. */
export function dateOf(v: unknown): Date | null {
  if (v == null) return null;
  if (v instanceof Date) return v;
  return new Date(typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : (v as number | string));
}

const selects = new WeakMap<Column[], Knex.Raw>();

/**
 * The select list of `alias`'s columns, each `as alias__column`, as one SQL fragment made
 * once per plan: knex quoted every identifier of every list again on every request (a
 * tenth of an inbox request's time). Double-quoted identifiers read the same on both dialects.
 */
export function prefixedColumns(em: EntityManager, entity: EntityName<object>, alias: string, omit?: readonly string[]): Knex.Raw[] {
  const columns = plan(em, entity, alias, omit);
  let select = selects.get(columns);
  if (!select) selects.set(columns, (select = em.getKnex().raw(columns.map((c) => `"${alias}"."${c.field}" as "${c.key}"`).join(', '))));
  return [select];
}

/** The columns of `alias` in a prefixed row, as a plain object with property names and JS types; relations stay ids. */
export function mapPrefixed<T>(em: EntityManager, entity: EntityName<T>, row: Record<string, unknown>, alias: string, omit?: readonly string[]): T {
  const out: Record<string, unknown> = {};
  for (const c of plan(em, entity as EntityName<object>, alias, omit)) {
    const v = row[c.key];
    out[c.prop] = c.convert ? c.convert(v) : v;
  }
  return out as T;
}

/** True for MikroORM-managed objects (entities and references); false for mapped plain rows. */
export const isManaged = (value: unknown): boolean => Utils.isEntity(value);

/** The id behind a relation, whether it is an entity, a reference or a mapped row's raw id. */
export function refId(ref: { id: string } | string | null | undefined): string | null {
  if (ref == null) return null;
  return typeof ref === 'string' ? ref : ref.id;
}

/**
 * The type of a resolver's `@Root()` that may be an entity or a plain mapped row. A mapped
 * type emits no class in decorator metadata, so type-graphql hands the row through as is
 * instead of copying it into a new entity instance per row and field.
 */
export type Row<T> = Readonly<T>;

export type MaybePromise<T> = T | Promise<T>;
