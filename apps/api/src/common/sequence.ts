import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { execute } from './sql';

/** Named counters for human-facing numbers (customer C0000123, later tickets and orders). */
@Entity({ tableName: 'sequence' })
export class Sequence {
  @PrimaryKey({ type: 'string', length: 40 })
  name!: string;

  @Property({ type: 'bigint' })
  value!: string;
}

/**
 * The next value of a counter. The increment is one atomic UPDATE, so concurrent
 * transactions on PostgreSQL never hand out the same number (the row lock orders them).
 */
export async function nextValue(ctx: { em: EntityManager }, name: string, count = 1): Promise<number> {
  const knex = ctx.em.getKnex();
  const bump = () => knex('sequence').where({ name }).increment('value', count).returning('value');
  let rows = await execute<{ value: string | number }[]>(ctx, bump());
  if (!rows.length) {
    await execute(ctx, knex('sequence').insert({ name, value: 0 }).onConflict('name').ignore(), 'run');
    rows = await execute<{ value: string | number }[]>(ctx, bump());
  }
  return Number(rows[0]!.value);
}

export const formatNumber = (prefix: string, n: number, width = 7) => `${prefix}${String(n).padStart(width, '0')}`;
