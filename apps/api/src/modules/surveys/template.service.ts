import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Ctx } from '../../context';
import { badField, badInput, conflict, notFound, type FieldIssue } from '../../common/errors';
import { refId } from '../../common/rows';
import { SurveyItemKind, SurveyTemplate, SurveyTemplateVersion, type LocalizedText, type SurveyItem } from './template.entity';
import { SurveySettings } from './invitation.entity';
import { DEFAULT_TEMPLATE, DEFAULT_TRIGGERS } from './default-template';
import type { SaveSurveyTemplateInput } from './surveys.inputs';

/** A published version as read for forms: immutable, so kept in memory once read. */
export interface VersionData {
  id: string;
  templateId: string;
  templateCode: string;
  version: number;
  title: LocalizedText;
  intro: LocalizedText | null;
  items: SurveyItem[];
}

/**
 * Survey templates (R-SAT-2): versioned, never edited in place. A key keeps its kind in
 * every version, so an item's answers compare over time; each version has exactly one
 * OVERALL question, the one the satisfaction rate counts (R-SAT-3).
 */
export class SurveyTemplateService {
  /** Versions never change once written, so every replica may keep what it has read. */
  private readonly cache = new Map<string, VersionData>();

  /** Ships the regime's default survey as version 1, and the trigger settings that send it. */
  async ensureDefaults(em: EntityManager): Promise<void> {
    let template = await em.findOne(SurveyTemplate, { code: DEFAULT_TEMPLATE.code });
    if (!template) {
      template = em.create(SurveyTemplate, { code: DEFAULT_TEMPLATE.code, title: DEFAULT_TEMPLATE.title, latestVersion: 1, active: true } as never);
      em.create(SurveyTemplateVersion, {
        template,
        version: 1,
        title: DEFAULT_TEMPLATE.title,
        intro: DEFAULT_TEMPLATE.intro,
        items: DEFAULT_TEMPLATE.items,
        publishedBy: 'system',
        publishedAt: new Date(),
        note: 'The regime’s default survey as shipped (R-SAT-2).',
      } as never);
    }
    if (!(await em.findOne(SurveySettings, { id: 1 }))) em.create(SurveySettings, { id: 1, defaultTemplate: template, triggers: DEFAULT_TRIGGERS } as never);
    await em.flush();
    // Most forms answer the default template's latest version: read it once at start-up.
    this.remember(await em.findOneOrFail(SurveyTemplateVersion, { template: template.id, version: template.latestVersion }, { populate: ['template'] }));
  }

  list(ctx: Ctx, includeInactive: boolean): Promise<SurveyTemplate[]> {
    return ctx.em.find(SurveyTemplate, includeInactive ? {} : { active: true }, { orderBy: { code: 'asc' } });
  }

  async get(ctx: Ctx, id: string): Promise<SurveyTemplate> {
    const t = await ctx.em.findOne(SurveyTemplate, { id });
    if (!t) throw notFound('Survey template', id);
    return t;
  }

  versions(ctx: Ctx, templateId: string): Promise<SurveyTemplateVersion[]> {
    return ctx.em.find(SurveyTemplateVersion, { template: templateId }, { orderBy: { version: 'desc' } });
  }

  /** Every version of a template, newest first; a list's templates are read in one statement. */
  versionsOf(ctx: Ctx, templateId: string): Promise<SurveyTemplateVersion[]> {
    return ctx.loaders
      .named<SurveyTemplateVersion[]>('surveyTemplate.versions', async (ids) => {
        const rows = await ctx.em.find(SurveyTemplateVersion, { template: { $in: [...ids] } }, { orderBy: { version: 'desc' } });
        return ids.map((id) => rows.filter((v) => refId(v.template) === id));
      })
      .load(templateId);
  }

  /** The version a template is at, as an entity for the API; a list's templates are read in one statement. */
  latestOf(ctx: Ctx, template: { id: string; latestVersion: number }): Promise<SurveyTemplateVersion> {
    // Keyed by the version too, so a template published within the request is not answered from before.
    return ctx.loaders
      .named<SurveyTemplateVersion>('surveyTemplate.latest', async (keys) => {
        const wanted = keys.map((k) => ({ template: k.slice(0, k.lastIndexOf('@')), version: Number(k.slice(k.lastIndexOf('@') + 1)) }));
        const rows = await ctx.em.find(SurveyTemplateVersion, { $or: wanted });
        const byKey = new Map(rows.map((v) => [`${refId(v.template)}@${v.version}`, v]));
        // DataLoader rejects just that key for an Error in its place.
        return keys.map((k) => byKey.get(k) ?? (new Error(`survey template version ${k} is missing`) as never));
      })
      .load(`${template.id}@${template.latestVersion}`);
  }

  /** A version by id, from memory after the first read. */
  async version(ctx: Ctx, id: string): Promise<VersionData> {
    const hit = this.cache.get(id);
    if (hit) return hit;
    const v = await ctx.em.findOne(SurveyTemplateVersion, { id }, { populate: ['template'] });
    if (!v) throw notFound('Survey template version', id);
    return this.remember(v);
  }

  /** The version a template sends now (its latest); an inactive template sends nothing. */
  async current(ctx: Ctx, templateId: string, field = 'templateId'): Promise<VersionData> {
    const t = await ctx.em.findOne(SurveyTemplate, { id: templateId });
    if (!t) throw badField(field, `survey template ${templateId} does not exist`, 'not_found');
    if (!t.active) throw conflict(`Survey template ${t.code} is inactive; activate it or choose another.`, { reason: 'TEMPLATE_INACTIVE', template: t.code });
    const hit = [...this.cache.values()].find((v) => v.templateId === t.id && v.version === t.latestVersion);
    if (hit) return hit;
    const v = await ctx.em.findOneOrFail(SurveyTemplateVersion, { template: t.id, version: t.latestVersion }, { populate: ['template'] });
    return this.remember(v);
  }

  /**
   * Publishes a template's next version (or creates a template at version 1). A new version
   * names the version it was drafted from, so two editors cannot publish over each other
   * unseen (R-SAT-2: versions are never overwritten, and neither is a colleague's version).
   * The API's input requires it; a caller that has just written the template itself (the
   * demo seed) may leave it out.
   */
  async save(ctx: Ctx, input: SaveSurveyTemplateInput): Promise<SurveyTemplate> {
    const existing = input.id ? await this.get(ctx, input.id) : null;
    if (!existing) {
      if (!input.code) throw badField('code', 'name the new template’s code', 'required');
      if (await ctx.em.count(SurveyTemplate, { code: input.code })) throw badField('code', `${input.code} is already taken`, 'duplicate');
    } else if (input.expectedVersion != null && input.expectedVersion !== existing.latestVersion) {
      throw staleVersion(existing);
    }
    const earlier = existing ? await this.versions(ctx, existing.id) : [];
    const items = input.items.map((i) => ({ key: i.key, kind: i.kind, required: i.kind === SurveyItemKind.OVERALL ? true : i.required, label: trimmed(i.label) }));
    const issues = checkItems(items, earlier.flatMap((v) => v.items));
    if (issues.length) throw badInput(issues);
    const title = trimmed(input.title);
    const template = existing ?? ctx.em.create(SurveyTemplate, { code: input.code!, title, latestVersion: 0, active: true } as never);
    const before = existing ? { version: existing.latestVersion, items: earlier[0]?.items.map((i) => i.key) ?? [] } : null;
    template.latestVersion += 1;
    template.title = title;
    const v = ctx.em.create(SurveyTemplateVersion, {
      template,
      version: template.latestVersion,
      title,
      intro: input.intro ? trimmed(input.intro) : null,
      items,
      publishedBy: ctx.actor?.name ?? 'system',
      publishedAt: ctx.now(),
      note: input.note?.trim() || null,
    } as never);
    ctx.audit = { targetType: 'SurveyTemplate', targetId: template.id, before, after: { code: template.code, version: v.version, items: items.map((i) => i.key) } };
    try {
      await ctx.em.flush();
    } catch (error) {
      // Two publishes that both passed the check above: the unique (template, version) lets one through (R-SAT-2).
      if (existing && error instanceof UniqueConstraintViolationException) throw staleVersion(existing);
      throw error;
    }
    return template;
  }

  async setActive(ctx: Ctx, id: string, active: boolean): Promise<SurveyTemplate> {
    const t = await this.get(ctx, id);
    const settings = await ctx.em.findOne(SurveySettings, { id: 1 });
    if (!active && settings && refId(settings.defaultTemplate) === t.id) {
      throw conflict(`${t.code} is the template the triggers send; choose another default first.`, { reason: 'DEFAULT_TEMPLATE', template: t.code });
    }
    ctx.audit = { targetType: 'SurveyTemplate', targetId: t.id, before: { active: t.active }, after: { active } };
    t.active = active;
    await ctx.em.flush();
    return t;
  }

  private remember(v: SurveyTemplateVersion): VersionData {
    const data: VersionData = {
      id: v.id,
      templateId: v.template.id,
      templateCode: v.template.code,
      version: v.version,
      title: v.title,
      intro: v.intro ?? null,
      items: v.items,
    };
    this.cache.set(v.id, data);
    return data;
  }
}

/** Someone published a version the draft did not start from; `currentVersion` as for the tier rules' STALE_VERSION. */
function staleVersion(t: SurveyTemplate) {
  return conflict(`Someone published version ${t.latestVersion} of ${t.code} meanwhile; reload it and make your changes again.`, { reason: 'STALE_VERSION', currentVersion: t.latestVersion });
}

function trimmed(t: LocalizedText): LocalizedText {
  return { zhHant: t.zhHant.trim(), zhHans: t.zhHans.trim(), en: t.en.trim() };
}

/**
 * A version's questions: unique keys, exactly one OVERALL (R-SAT-3 counts forms by it), every
 * label in all three languages, and each key of an earlier version keeping its kind.
 */
export function checkItems(items: SurveyItem[], earlier: SurveyItem[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  const kindOf = new Map(earlier.map((i) => [i.key, i.kind]));
  items.forEach((item, n) => {
    if (seen.has(item.key)) issues.push({ field: `items.${n}.key`, message: `${item.key} appears twice`, code: 'duplicate' });
    seen.add(item.key);
    const was = kindOf.get(item.key);
    if (was && was !== item.kind) issues.push({ field: `items.${n}.kind`, message: `${item.key} was a ${was} question in an earlier version; use a new key for a ${item.kind} question`, code: 'kind_changed' });
    for (const lang of ['zhHant', 'zhHans', 'en'] as const) {
      if (!item.label[lang]) issues.push({ field: `items.${n}.label.${lang}`, message: 'every question needs a label in all three languages', code: 'required' });
    }
  });
  const overall = items.filter((i) => i.kind === SurveyItemKind.OVERALL).length;
  if (overall !== 1) issues.push({ field: 'items', message: `a survey has exactly one OVERALL question (R-SAT-3), not ${overall}`, code: 'overall_count' });
  return issues;
}
