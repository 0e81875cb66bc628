import type { Ctx } from '../../context';
import { Permission } from '../../common/auth/permissions';
import { badField, conflict, notFound } from '../../common/errors';
import { snapshot } from '../../common/snapshot';
import { Position } from './position.entity';
import { Employee, EmployeeStatus } from './employee.entity';
import type { OrgUnitService } from './org-unit.service';
import type { CreatePositionInput, UpdatePositionInput } from './org.inputs';

const AUDITED: (keyof Position & string)[] = ['code', 'title', 'titleEn', 'unit', 'superior', 'plannedHeadcount', 'isHead', 'summary', 'duties', 'archivedAt'];

/** Positions and their job descriptions (R-ORG-3). */
export class PositionService {
  constructor(private readonly units: OrgUnitService) {}

  /** From the org snapshot (see org-snapshot.ts): live positions within reach, in list order. */
  async list(ctx: Ctx, unitId?: string | null, includeSubUnits = true): Promise<Position[]> {
    const reach = ctx.access.reach(Permission.ReadPosition);
    if (!reach.all && !reach.unitPaths.length) return [];
    const snap = await this.units.snapshots.of(ctx);
    let inUnit: (p: Position) => boolean = () => true;
    if (unitId) {
      const unit = snap.unitById.get(unitId);
      if (!unit || !ctx.access.reaches(Permission.ReadOrgUnit, unit.path)) throw notFound('Unit', unitId);
      inUnit = includeSubUnits ? (p) => p.unit.path.startsWith(unit.path) : (p) => p.unit.id === unit.id;
    }
    return snap.positions.filter((p) => !p.archivedAt && inUnit(p) && (reach.all || ctx.access.reaches(Permission.ReadPosition, p.unit.path)));
  }

  async get(ctx: Ctx, id: string): Promise<Position> {
    const p = await ctx.em.findOne(Position, { id }, { populate: ['unit'] });
    if (!p || !ctx.access.reaches(Permission.ReadPosition, p.unit.path)) throw notFound('Position', id);
    return p;
  }

  async create(ctx: Ctx, input: CreatePositionInput): Promise<Position> {
    const unit = await this.units.writable(ctx, input.unitId, 'unitId', Permission.ManagePosition);
    if (await ctx.em.count(Position, { code: input.code })) throw badField('code', `${input.code} is already used by another position`, 'duplicate');
    const superior = input.superiorId ? await this.superior(ctx, input.superiorId, null) : null;
    const position = ctx.em.create(Position, {
      code: input.code,
      title: input.title,
      titleEn: input.titleEn ?? null,
      unit,
      superior,
      plannedHeadcount: input.plannedHeadcount,
      isHead: input.isHead,
      summary: input.summary,
      duties: input.duties,
    } as never);
    ctx.audit = { targetType: 'Position', targetId: position.id, before: null, after: snapshot(position, AUDITED) };
    await ctx.em.flush();
    return position;
  }

  async update(ctx: Ctx, id: string, input: UpdatePositionInput): Promise<Position> {
    const position = await this.get(ctx, id);
    ctx.access.assertReaches(Permission.ManagePosition, position.unit.path, null, `position ${position.code}`);
    const before = snapshot(position, AUDITED);
    if (input.code != null && input.code !== position.code) {
      if (await ctx.em.count(Position, { code: input.code })) throw badField('code', `${input.code} is already used by another position`, 'duplicate');
      position.code = input.code;
    }
    if (input.title != null) position.title = input.title;
    if (input.titleEn !== undefined) position.titleEn = input.titleEn;
    if (input.superiorId !== undefined) position.superior = input.superiorId ? await this.superior(ctx, input.superiorId, position) : null;
    if (input.plannedHeadcount != null) position.plannedHeadcount = input.plannedHeadcount;
    if (input.isHead != null) position.isHead = input.isHead;
    if (input.summary != null) position.summary = input.summary;
    if (input.duties != null) position.duties = input.duties;
    ctx.audit = { targetType: 'Position', targetId: position.id, before, after: snapshot(position, AUDITED) };
    await ctx.em.flush();
    return position;
  }

  /** Archives a position nobody holds any more; its seats leave the org chart. */
  async archive(ctx: Ctx, id: string): Promise<Position> {
    const position = await this.get(ctx, id);
    ctx.access.assertReaches(Permission.ManagePosition, position.unit.path, null, `position ${position.code}`);
    if (position.archivedAt) return position;
    const holders = await ctx.em.count(Employee, { position, status: { $ne: EmployeeStatus.INACTIVE } });
    if (holders) {
      throw conflict(`${position.title} still has ${holders} holder(s); transfer or deactivate them first.`, { reason: 'HAS_HOLDERS', holders });
    }
    const before = snapshot(position, AUDITED);
    position.archivedAt = ctx.now();
    ctx.audit = { targetType: 'Position', targetId: position.id, before, after: snapshot(position, AUDITED) };
    await ctx.em.flush();
    return position;
  }

  /** Positions directly below `positionId` (直屬下級). */
  subordinates(ctx: Ctx, positionId: string): Promise<Position[]> {
    return ctx.loaders
      .named<Position[]>('position.subordinates', async (ids) => {
        const rows = await ctx.em.find(Position, { superior: { $in: [...ids] }, archivedAt: null }, { orderBy: { code: 'asc' } });
        return ids.map((id) => rows.filter((r) => r.superior?.id === id));
      })
      .load(positionId);
  }

  /** A superior must exist and must not sit below the position (no reporting cycles). */
  private async superior(ctx: Ctx, superiorId: string, position: Position | null): Promise<Position> {
    const superior = await ctx.em.findOne(Position, { id: superiorId });
    if (!superior) throw badField('superiorId', `position ${superiorId} does not exist`, 'not_found');
    if (position) {
      let cursor: Position | null | undefined = superior;
      for (let hops = 0; cursor && hops < 100; hops++) {
        if (cursor.id === position.id) throw badField('superiorId', 'a position cannot report to itself or to one of its subordinates', 'cycle');
        cursor = cursor.superior ? await ctx.em.findOne(Position, { id: cursor.superior.id }) : null;
      }
    }
    return superior;
  }
}
