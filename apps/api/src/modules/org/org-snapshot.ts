import type { EntityManager, EventSubscriber, FlushEventArgs } from '@mikro-orm/knex';
import type { Ctx } from '../../context';
import { execute } from '../../common/sql';
import { mapPrefixed, prefixedColumns } from '../../common/rows';
import { uuidv7 } from '../../common/entity';
import { OrgUnit } from './org-unit.entity';
import { Position } from './position.entity';
import { Employee, EmployeeStatus } from './employee.entity';

/** The row of `app_setting` whose value changes with every committed change to the org tables. */
const VERSION_KEY = 'org_version';

export interface UnitHead {
  id: string;
  name: string;
  employeeNo: string;
}

/**
 * The organisation as every org read needs it: units, positions, unit heads and filled
 * seats. Rows are plain, frozen and shared by all requests (see rows.ts); relations other
 * than a position's unit stay ids.
 */
export interface OrgSnapshot {
  readonly version: string;
  /** Every unit, archived ones too, in chart order (depth, sort order, code). */
  readonly units: readonly OrgUnit[];
  readonly unitById: ReadonlyMap<string, OrgUnit>;
  /** Every position, archived ones too, in list order (unit path, heads first, code), each with its unit row. */
  readonly positions: readonly Position[];
  readonly positionById: ReadonlyMap<string, Position>;
  readonly headOf: ReadonlyMap<string, UnitHead>;
  /** Active and on-leave holders per position id. */
  readonly filled: ReadonlyMap<string, number>;
}

/**
 * An in-process copy of the org snapshot, valid while the database's org version is
 * unchanged. Each request reads the version (one statement) and reloads only when another
 * request, here or on any other replica, has committed a change since. The version is
 * written in the same transaction as the change (`OrgVersionBump`) and read before the
 * data, so a snapshot is never older than the version it is kept under.
 */
export class OrgSnapshots {
  private current: OrgSnapshot | null = null;
  private loading: { version: string; snapshot: Promise<OrgSnapshot> } | null = null;

  /** The snapshot for this request: read once per request (the loaders' cache), reloaded only when the version moved. */
  of(ctx: Ctx): Promise<OrgSnapshot> {
    return ctx.loaders
      .named<OrgSnapshot>('org.snapshot', async (keys) => {
        const snapshot = await this.fresh(ctx.em);
        return keys.map(() => snapshot);
      })
      .load('');
  }

  /** Loads the snapshot ahead of the first request (start-up). */
  async warm(em: EntityManager): Promise<void> {
    await this.fresh(em);
  }

  private async fresh(em: EntityManager): Promise<OrgSnapshot> {
    const [row] = await execute<{ value: string }[]>({ em }, em.getKnex()('app_setting').select('value').where('key', VERSION_KEY));
    const version = row?.value ?? '';
    // Inside a transaction the rows may be uncommitted: read them, but keep nothing.
    if (em.isInTransaction()) return load(em, version);
    if (this.current?.version === version) return this.current;
    if (this.loading?.version !== version) {
      const snapshot = load(em, version).then(
        (s) => {
          if (this.loading?.snapshot === snapshot) {
            this.current = s;
            this.loading = null;
          }
          return s;
        },
        (error: unknown) => {
          if (this.loading?.snapshot === snapshot) this.loading = null;
          throw error;
        },
      );
      this.loading = { version, snapshot };
    }
    return this.loading.snapshot;
  }
}

async function load(em: EntityManager, version: string): Promise<OrgSnapshot> {
  const knex = em.getKnex();
  const unitRows = await execute<Record<string, unknown>[]>(
    { em },
    knex('org_unit as u')
      .leftJoin('employee as h', 'h.id', 'u.head_id')
      .select([...prefixedColumns(em, OrgUnit, 'u'), 'h.id as head_id', 'h.name as head_name', 'h.employee_no as head_no'])
      .orderBy([{ column: 'u.depth' }, { column: 'u.sort_order' }, { column: 'u.code' }]),
  );
  const units: OrgUnit[] = [];
  const unitById = new Map<string, OrgUnit>();
  const headOf = new Map<string, UnitHead>();
  for (const r of unitRows) {
    const unit = Object.freeze(mapPrefixed(em, OrgUnit, r, 'u'));
    units.push(unit);
    unitById.set(unit.id, unit);
    if (r.head_id) headOf.set(unit.id, Object.freeze({ id: r.head_id as string, name: r.head_name as string, employeeNo: r.head_no as string }));
  }
  // Counting per position in a subquery reads only the (position, status) index.
  const filledCounts = knex('employee')
    .select('position_id')
    .count({ n: '*' })
    .whereIn('status', [EmployeeStatus.ACTIVE, EmployeeStatus.ON_LEAVE])
    .groupBy('position_id')
    .as('c');
  const positionRows = await execute<Record<string, unknown>[]>(
    { em },
    knex('position as p')
      .join('org_unit as u', 'u.id', 'p.unit_id')
      .leftJoin(filledCounts, 'c.position_id', 'p.id')
      .select([...prefixedColumns(em, Position, 'p'), knex.raw('coalesce(c.n, 0) as filled')])
      .orderBy([{ column: 'u.path' }, { column: 'p.is_head', order: 'desc' }, { column: 'p.code' }]),
  );
  const positions: Position[] = [];
  const positionById = new Map<string, Position>();
  const filled = new Map<string, number>();
  for (const r of positionRows) {
    const row = mapPrefixed(em, Position, r, 'p');
    const position = Object.freeze({ ...row, duties: Object.freeze(row.duties), unit: unitById.get(row.unit as unknown as string)! }) as Position;
    positions.push(position);
    positionById.set(position.id, position);
    filled.set(position.id, Number(r.filled));
  }
  return { version, units, unitById, positions, positionById, headOf, filled };
}

const ORG_ENTITIES = new Set<unknown>([OrgUnit, Position, Employee]);

/**
 * Gives the org version a new value whenever a flush writes a unit, position or employee:
 * inside the flush's transaction when there is one (every mutation runs in one), otherwise
 * right after its commit, never before it. Writes that bypass the unit of work go with a
 * flushed change to the same records (see the org services).
 */
export class OrgVersionBump implements EventSubscriber {
  async afterFlush({ em, uow }: FlushEventArgs): Promise<void> {
    let touched = false;
    for (const cs of uow.getChangeSets()) {
      if (ORG_ENTITIES.has(cs.entity.constructor)) {
        touched = true;
        break;
      }
    }
    if (!touched) return;
    const sqlEm = em as EntityManager;
    const bump = sqlEm.getKnex()('app_setting').insert({ key: VERSION_KEY, value: uuidv7() }).onConflict('key').merge();
    await execute({ em: sqlEm }, bump, 'run');
  }
}
