import DataLoader from 'dataloader';
import { wrap, type EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { isManaged } from './common/rows';

type WithId = { id: string };

/**
 * Request-scoped batch loaders: every relation a page of rows asks for is fetched in one
 * statement, whatever the page size (no N+1).
 */
export class Loaders {
  private readonly byEntity = new Map<unknown, DataLoader<string, unknown>>();
  private readonly custom = new Map<string, DataLoader<string, unknown>>();

  constructor(private readonly em: () => EntityManager) {}

  /**
   * Loads one row by id; returns `ref` itself when it is already loaded (an initialised
   * entity, or a plain row from a joined read).
   */
  entity<T extends WithId>(type: EntityName<T>, ref: T | string | null | undefined): T | null | Promise<T | null> {
    if (ref == null) return null;
    // Answered synchronously when loaded, so a page of rows creates no promise per relation.
    if (typeof ref !== 'string' && (!isManaged(ref) || wrap(ref).isInitialized())) return ref;
    const id = typeof ref === 'string' ? ref : ref.id;
    return this.loader(type).load(id) as Promise<T | null>;
  }

  private loader<T extends WithId>(type: EntityName<T>): DataLoader<string, unknown> {
    let l = this.byEntity.get(type);
    if (!l) {
      l = new DataLoader<string, unknown>(async (ids) => {
        const rows = await this.em().find(type, { id: { $in: [...ids] } } as never);
        const map = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => map.get(id) ?? null);
      });
      this.byEntity.set(type, l);
    }
    return l;
  }

  /** A named loader for other batched lookups (e.g. holders of positions). */
  named<V>(name: string, batch: (keys: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
    let l = this.custom.get(name);
    if (!l) {
      l = new DataLoader<string, unknown>(batch);
      this.custom.set(name, l);
    }
    return l as DataLoader<string, V>;
  }
}
