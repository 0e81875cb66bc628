import type { EntityManager } from '@mikro-orm/knex';
import type { Ctx } from '../../context';
import { badInput, notFound, type FieldIssue } from '../../common/errors';
import { Employee } from '../org/employee.entity';
import { ApproverKind, FieldType, ProcessDefinition, type FieldDefinition, type StepDefinition } from './definition.entity';
import { defaultDefinitions } from './default-definitions';
import { documentKinds } from './kinds';
import { resolveApprover } from './approvers';
import { conditionsHold } from './conditions';

export interface DefinitionInput {
  kind: string;
  name: string;
  nameEn?: string | null;
  fields: FieldDefinition[];
  steps: StepDefinition[];
  effectiveFrom?: Date | null;
  note?: string | null;
}

/** Facts each kind computes at submission, which step conditions may test besides fields. */
const FACTS: Record<string, string[]> = {
  EXPENSE_CLAIM: ['overBudget', 'budgetRemaining'],
  FREIGHT: ['overReferencePercent', 'needsBusinessApproval', 'siteDecides'],
};

/**
 * Process definitions as versioned, effective-dated data (R-FLOW-1). Publishing adds a
 * version; documents keep the version they were created under.
 */
export class DefinitionService {
  /** Ships the regime's flows as version 1 of each kind a database does not have yet. */
  async ensureDefaults(em: EntityManager): Promise<void> {
    const existing = new Set((await em.find(ProcessDefinition, {}, { fields: ['kind'] })).map((d) => d.kind));
    for (const spec of defaultDefinitions) {
      if (existing.has(spec.kind)) continue;
      em.create(ProcessDefinition, { ...spec, version: 1, effectiveFrom: new Date(0), publishedBy: 'system', note: 'The regime’s flow as shipped.' } as never);
    }
    await em.flush();
  }

  /** The version in force at `at` (now by default). */
  async current(ctx: Ctx, kind: string, at = ctx.now()): Promise<ProcessDefinition> {
    const def = await ctx.em.findOne(ProcessDefinition, { kind, effectiveFrom: { $lte: at } }, { orderBy: { version: 'desc' } });
    if (!def) throw notFound('Process definition', kind);
    return def;
  }

  /** Every version, or per kind the version in force plus any that take effect later. */
  async list(ctx: Ctx, kind?: string | null, allVersions = false): Promise<ProcessDefinition[]> {
    const rows = await ctx.em.find(ProcessDefinition, kind ? { kind } : {}, { orderBy: { kind: 'asc', version: 'desc' } });
    if (allVersions) return rows;
    const now = ctx.now();
    const inForce = new Set<string>();
    return rows.filter((d) => {
      if (d.effectiveFrom > now) return true;
      if (inForce.has(d.kind)) return false;
      inForce.add(d.kind);
      return true;
    });
  }

  async publish(ctx: Ctx, input: DefinitionInput): Promise<ProcessDefinition> {
    this.check(input);
    const latest = await ctx.em.findOne(ProcessDefinition, { kind: input.kind }, { orderBy: { version: 'desc' } });
    const def = ctx.em.create(ProcessDefinition, {
      kind: input.kind,
      version: (latest?.version ?? 0) + 1,
      name: input.name.trim(),
      nameEn: input.nameEn?.trim() || null,
      fields: input.fields,
      steps: input.steps.map((s) => ({ ...s, conditions: s.conditions ?? [] })),
      effectiveFrom: input.effectiveFrom && input.effectiveFrom > ctx.now() ? input.effectiveFrom : ctx.now(),
      publishedBy: ctx.actor?.name ?? 'system',
      note: input.note?.trim() || null,
    } as never);
    ctx.audit = { targetType: 'ProcessDefinition', targetId: def.id, before: latest ? { version: latest.version, steps: latest.steps.map((s) => s.key) } : null, after: { version: def.version, steps: def.steps.map((s) => s.key) } };
    await ctx.em.flush();
    return def;
  }

  private check(input: DefinitionInput): void {
    const issues: FieldIssue[] = [];
    if (!documentKinds.has(input.kind)) issues.push({ field: 'kind', message: `unknown document kind ${input.kind}`, code: 'not_found' });
    const keys = new Set<string>();
    input.fields.forEach((f, i) => {
      if (keys.has(f.key)) issues.push({ field: `fields.${i}.key`, message: `${f.key} appears twice`, code: 'duplicate' });
      keys.add(f.key);
      if (f.type === FieldType.CHOICE && !f.choices?.length) issues.push({ field: `fields.${i}.choices`, message: 'a choice field needs choices', code: 'required' });
    });
    const known = new Set([...keys, ...(FACTS[input.kind] ?? [])]);
    const stepKeys = new Set<string>();
    if (!input.steps.length) issues.push({ field: 'steps', message: 'a process needs at least one step', code: 'required' });
    input.steps.forEach((s, i) => {
      if (stepKeys.has(s.key)) issues.push({ field: `steps.${i}.key`, message: `${s.key} appears twice`, code: 'duplicate' });
      stepKeys.add(s.key);
      const a = s.approver;
      const needsCode = a.kind === ApproverKind.POSITION || a.kind === ApproverKind.UNIT_HEAD || a.kind === ApproverKind.ROLE;
      if (needsCode && !a.code) issues.push({ field: `steps.${i}.approver.code`, message: `${a.kind} needs a code`, code: 'required' });
      if (a.kind === ApproverKind.UNIT_OF_KIND_HEAD && !a.unitKind && !a.unitFunction) issues.push({ field: `steps.${i}.approver`, message: 'name a unit kind or function', code: 'required' });
      (s.conditions ?? []).forEach((c, j) => {
        if (!known.has(c.field)) issues.push({ field: `steps.${i}.conditions.${j}.field`, message: `${c.field} is neither a field nor a fact of ${input.kind}`, code: 'unknown_field' });
      });
      if (!(s.timeLimitHours >= 1 && s.timeLimitHours <= 24 * 90)) issues.push({ field: `steps.${i}.timeLimitHours`, message: 'must be between 1 and 2160 hours', code: 'out_of_range', limits: [1, 2160] });
    });
    if (issues.length) throw badInput(issues);
  }

  /**
   * Which steps a sample document would take and who would act on each, as the org chart
   * stands now, without filing anything.
   */
  async preview(ctx: Ctx, kind: string, data: Record<string, unknown>, facts: Record<string, unknown>, applicantId: string, definition?: ProcessDefinition) {
    const def = definition ?? (await this.current(ctx, kind));
    const applicant = await ctx.em.findOne(Employee, { id: applicantId }, { populate: ['unit'] });
    if (!applicant) throw notFound('Employee', applicantId);
    const values = { ...data, ...facts };
    const out = [];
    for (const s of def.steps) {
      const applies = conditionsHold(s.conditions, values, def.fields);
      const approver = applies ? await resolveApprover(ctx, s.approver, { applicantId: applicant.id, unit: applicant.unit }) : null;
      out.push({ key: s.key, name: s.name, applies, approver });
    }
    return out;
  }
}
