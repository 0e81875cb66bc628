import type { EntityManager } from '@mikro-orm/knex';
import type { Ctx } from '../../context';
import { Permission } from '../../common/auth/permissions';
import { escapeLike } from '../../common/auth/scope-filter';
import { badField, conflict, forbidden, notFound } from '../../common/errors';
import { snapshot } from '../../common/snapshot';
import { OrgUnit, UnitKind } from './org-unit.entity';
import { Employee, EmployeeStatus } from './employee.entity';
import { Position } from './position.entity';
import type { CreateOrgUnitInput, UpdateOrgUnitInput } from './org.inputs';
import { OrgChart, OrgChartNode } from './org.types';
import { execute } from '../../common/sql';
import { refId } from '../../common/rows';
import { OrgSnapshots } from './org-snapshot';

const AUDITED: (keyof OrgUnit & string)[] = ['code', 'name', 'nameEn', 'kind', 'function', 'parent', 'path', 'head', 'sortOrder', 'archivedAt'];

/** The organisation tree (R-ORG-1, R-ORG-2): one tree of any depth, kept as materialised paths. */
export class OrgUnitService {
  /** A unit the actor may read, or NOT_FOUND (never FORBIDDEN: existence is not disclosed). */
  async get(ctx: Ctx, id: string): Promise<OrgUnit> {
    const unit = await ctx.em.findOne(OrgUnit, { id });
    if (!unit || !ctx.access.reaches(Permission.ReadOrgUnit, unit.path)) throw notFound('Unit', id);
    return unit;
  }

  async root(ctx: Ctx): Promise<OrgUnit> {
    const root = await ctx.em.findOne(OrgUnit, { parent: null, archivedAt: null }, { orderBy: { createdAt: 'asc' } });
    if (!root) throw notFound('Company root unit');
    return root;
  }

  /** Units, positions, heads and filled seats, read once per request and kept between requests (see org-snapshot.ts). */
  readonly snapshots = new OrgSnapshots();

  /**
   * The chart from `rootId` (default: the company) down, from the org snapshot: one
   * statement whatever its size while nothing changed.
   */
  async chart(ctx: Ctx, rootId: string | null | undefined, includeArchived = false): Promise<OrgChart> {
    const reach = ctx.access.reach(Permission.ReadOrgUnit);
    if (!reach.all && !reach.unitPaths.length) throw forbidden('Your ReadOrgUnit right reaches no unit.', [Permission.ReadOrgUnit], 'OUT_OF_SCOPE');
    const snap = await this.snapshots.of(ctx);
    const rootPath = rootId ? snap.unitById.get(rootId)?.path : undefined;
    if (rootId && rootPath === undefined) throw notFound('Unit', rootId);
    const units = snap.units.filter(
      (u) => (includeArchived || !u.archivedAt) && (rootPath === undefined || u.path.startsWith(rootPath)) && ctx.access.reaches(Permission.ReadOrgUnit, u.path),
    );
    if (units.length === 0 || (rootId && !units.some((u) => u.id === rootId))) throw notFound('Unit', rootId ?? 'root');

    const nodes = new Map<string, OrgChartNode>();
    for (const u of units) {
      nodes.set(u.id, {
        id: u.id,
        parentId: refId(u.parent),
        code: u.code,
        name: u.name,
        nameEn: u.nameEn ?? null,
        kind: u.kind,
        function: u.function ?? null,
        depth: u.depth,
        head: snap.headOf.get(u.id) ?? null,
        directHeadcount: 0,
        headcount: 0,
        vacancies: 0,
        positions: [],
        children: [],
      });
    }
    // Heads first, then by code: the order of the snapshot's positions within each unit.
    for (const p of snap.positions) {
      const node = nodes.get(refId(p.unit)!);
      if (!node || p.archivedAt) continue;
      const filled = snap.filled.get(p.id) ?? 0;
      const vacancies = Math.max(0, p.plannedHeadcount - filled);
      node.positions.push({ positionId: p.id, title: p.title, isHead: p.isHead, planned: p.plannedHeadcount, filled, vacancies });
      node.directHeadcount += filled;
    }
    // Deepest first, so each node's totals are complete before its parent adds them.
    const ordered = [...nodes.values()];
    for (const n of ordered) {
      n.headcount = n.directHeadcount;
      n.vacancies = n.positions.reduce((s, p) => s + p.vacancies, 0);
    }
    for (const n of [...ordered].sort((a, b) => b.depth - a.depth)) {
      const parent = n.parentId ? nodes.get(n.parentId) : undefined;
      if (parent) {
        parent.headcount += n.headcount;
        parent.vacancies += n.vacancies;
      }
    }
    const roots: OrgChartNode[] = [];
    for (const n of ordered) {
      const parent = n.parentId ? nodes.get(n.parentId) : undefined;
      if (parent) parent.children.push(n);
      else roots.push(n);
    }
    const root = rootId ? nodes.get(rootId) : roots[0];
    if (!root) throw notFound('Unit', rootId ?? 'root');
    return { root, nodes: ordered };
  }

  async create(ctx: Ctx, input: CreateOrgUnitInput): Promise<OrgUnit> {
    const parent = await this.writable(ctx, input.parentId, 'parentId');
    if (input.kind === UnitKind.COMPANY) throw badField('kind', 'there is only one company root; pick another kind', 'invalid_kind');
    await this.assertCodeFree(ctx.em, input.code);
    const unit = ctx.em.create(OrgUnit, {
      code: input.code,
      name: input.name,
      nameEn: input.nameEn ?? null,
      kind: input.kind,
      function: input.function ?? null,
      parent,
      depth: parent.depth + 1,
      path: '',
      sortOrder: input.sortOrder ?? 0,
    } as never);
    unit.path = `${parent.path}${unit.id}/`;
    if (input.headId) unit.head = await this.headWithin(ctx, input.headId, unit);
    ctx.audit = { targetType: 'OrgUnit', targetId: unit.id, before: null, after: snapshot(unit, AUDITED) };
    await ctx.em.flush();
    return unit;
  }

  async update(ctx: Ctx, id: string, input: UpdateOrgUnitInput): Promise<OrgUnit> {
    const unit = await this.writable(ctx, id, 'id');
    const before = snapshot(unit, AUDITED);
    if (input.code != null && input.code !== unit.code) {
      await this.assertCodeFree(ctx.em, input.code);
      unit.code = input.code;
    }
    if (input.name != null) unit.name = input.name;
    if (input.nameEn !== undefined) unit.nameEn = input.nameEn;
    if (input.kind != null) {
      if ((input.kind === UnitKind.COMPANY) !== (unit.kind === UnitKind.COMPANY)) {
        throw badField('kind', 'the company root keeps kind COMPANY and no other unit may take it', 'invalid_kind');
      }
      unit.kind = input.kind;
    }
    if (input.function !== undefined) unit.function = input.function;
    if (input.sortOrder != null) unit.sortOrder = input.sortOrder;
    if (input.headId !== undefined) unit.head = input.headId ? await this.headWithin(ctx, input.headId, unit) : null;
    ctx.audit = { targetType: 'OrgUnit', targetId: unit.id, before, after: snapshot(unit, AUDITED) };
    await ctx.em.flush();
    return unit;
  }

  /** Moves a unit (and its subtree) under another parent; refuses cycles. */
  async move(ctx: Ctx, id: string, newParentId: string): Promise<OrgUnit> {
    const unit = await this.writable(ctx, id, 'id');
    if (!unit.parent) throw badField('id', 'the company root cannot be moved', 'root_immovable');
    const parent = await this.writable(ctx, newParentId, 'newParentId');
    if (parent.path.startsWith(unit.path)) {
      throw badField('newParentId', `cannot move ${unit.code} under ${parent.code}: ${parent.code} is ${parent.id === unit.id ? 'the unit itself' : 'inside its own subtree'}`, 'cycle');
    }
    if (parent.archivedAt) throw badField('newParentId', `${parent.code} is archived`, 'archived');
    const before = snapshot(unit, AUDITED);
    const oldPath = unit.path;
    const newPath = `${parent.path}${unit.id}/`;
    const depthDelta = parent.depth + 1 - unit.depth;
    await ctx.em.flush();
    // One statement rewrites the whole subtree's paths and depths.
    const knex = ctx.em.getKnex();
    await execute(
      ctx,
      knex('org_unit')
        .where('path', 'like', `${escapeLike(oldPath)}%`)
        .update({ path: knex.raw('? || substr(path, ?)', [newPath, oldPath.length + 1]), depth: knex.raw('depth + ?', [depthDelta]) }),
      'run',
    );
    unit.parent = parent;
    unit.path = newPath;
    unit.depth += depthDelta;
    ctx.audit = { targetType: 'OrgUnit', targetId: unit.id, before, after: snapshot(unit, AUDITED) };
    await ctx.em.flush();
    return unit;
  }

  /** Archives a unit; refused while it or any sub-unit still has active employees or live sub-units. */
  async archive(ctx: Ctx, id: string): Promise<OrgUnit> {
    const unit = await this.writable(ctx, id, 'id');
    if (!unit.parent) throw badField('id', 'the company root cannot be archived', 'root_immovable');
    if (unit.archivedAt) return unit;
    const active = await ctx.em.count(Employee, {
      unit: { path: { $like: `${escapeLike(unit.path)}%` } },
      status: { $ne: EmployeeStatus.INACTIVE },
    });
    if (active > 0) {
      throw conflict(`${unit.code} still has ${active} active employee(s) in it or below it; transfer or deactivate them first.`, { reason: 'HAS_ACTIVE_EMPLOYEES', activeEmployees: active });
    }
    const liveChildren = await ctx.em.count(OrgUnit, { parent: unit, archivedAt: null });
    if (liveChildren > 0) {
      throw conflict(`${unit.code} still has ${liveChildren} sub-unit(s) that are not archived; archive or move them first.`, { reason: 'HAS_SUB_UNITS', subUnits: liveChildren });
    }
    const before = snapshot(unit, AUDITED);
    unit.archivedAt = ctx.now();
    await ctx.em.nativeUpdate(Position, { unit, archivedAt: null }, { archivedAt: unit.archivedAt });
    ctx.audit = { targetType: 'OrgUnit', targetId: unit.id, before, after: snapshot(unit, AUDITED) };
    await ctx.em.flush();
    return unit;
  }

  /** Loads a unit the actor may change, or fails with the error naming `field`. */
  async writable(ctx: Ctx, id: string, field: string, permission = Permission.ManageOrgUnit): Promise<OrgUnit> {
    const unit = await ctx.em.findOne(OrgUnit, { id });
    if (!unit || !ctx.access.reaches(Permission.ReadOrgUnit, unit.path)) {
      throw badField(field, `unit ${id} does not exist or is not visible to you`, 'not_found');
    }
    ctx.access.assertReaches(permission, unit.path, null, `unit ${unit.code}`);
    return unit;
  }

  private async assertCodeFree(em: EntityManager, code: string): Promise<void> {
    if (await em.count(OrgUnit, { code })) throw badField('code', `${code} is already used by another unit`, 'duplicate');
  }

  /** A head works in the unit's subtree, or (for a new or reshaped unit) in its parent unit. */
  private async headWithin(ctx: Ctx, employeeId: string, unit: OrgUnit): Promise<Employee> {
    const head = await ctx.em.findOne(Employee, { id: employeeId }, { populate: ['unit'] });
    if (!head || head.status === EmployeeStatus.INACTIVE) throw badField('headId', `employee ${employeeId} does not exist or is inactive`, 'not_found');
    const inSubtree = head.unit.path.startsWith(unit.path);
    const inParent = unit.parent != null && head.unit.id === unit.parent.id;
    if (!inSubtree && !inParent) {
      throw badField('headId', `${head.name} works neither in this unit nor in its parent unit`, 'outside_unit');
    }
    return head;
  }
}
