import type { EntityManager } from '@mikro-orm/knex';
import { Customer } from '../../src/modules/crm/customer.entity';
import { Employee } from '../../src/modules/org/employee.entity';
import { OrgUnit } from '../../src/modules/org/org-unit.entity';
import { SurveyAnswer, SurveyResponse } from '../../src/modules/surveys/response.entity';
import { SurveyTemplate, SurveyTemplateVersion, SurveyItemKind } from '../../src/modules/surveys/template.entity';
import { SurveyChannel, SurveySource } from '../../src/modules/surveys/invitation.entity';
import { PreferredLanguage } from '../../src/modules/crm/customer.entity';
import { recountMonthStats } from '../../src/modules/surveys/month-stat.entity';

let seq = 0;

/** A customer file at a station, written straight to the table (suites that only need someone to ask). */
export function customer(em: EntityManager, station: OrgUnit, opts: { name?: string; email?: string | null; language?: PreferredLanguage } = {}): Customer {
  seq++;
  return em.create(Customer, {
    code: `S${String(seq).padStart(7, '0')}`,
    name: opts.name ?? `問卷客戶${seq}`,
    phones: [],
    email: opts.email === undefined ? `survey${seq}@mail.example` : opts.email,
    preferredLanguage: opts.language ?? PreferredLanguage.ZH_HANT,
    homeStation: station,
  } as never);
}

export interface FormSpec {
  unit: OrgUnit;
  station: OrgUnit;
  customer: Customer;
  agent?: Employee | null;
  /** Local date YYYY-MM-DD; the month key is taken from it. */
  on: string;
  /** 5 (很滿意) … 1 (不滿意); null for a partial form. */
  overall: number | null;
  /** Scores of other questions of the default template by key. */
  items?: Record<string, number>;
  comment?: string;
  nps?: number | null;
}

/**
 * Returned forms of the default template with known answers, written as submissions would
 * write them (the keys the report groups by included), so figures can be computed by hand.
 */
export async function forms(em: EntityManager, specs: FormSpec[]): Promise<SurveyResponse[]> {
  const template = await em.findOneOrFail(SurveyTemplate, { code: 'R-SAT-2' });
  const version = await em.findOneOrFail(SurveyTemplateVersion, { template, version: 1 });
  const out: SurveyResponse[] = [];
  for (const s of specs) {
    const scores = { ...(s.items ?? {}), ...(s.overall !== null ? { overall: s.overall } : {}) };
    const r = em.create(SurveyResponse, {
      customer: s.customer,
      template,
      templateVersion: version,
      version: 1,
      language: PreferredLanguage.ZH_HANT,
      channel: SurveyChannel.PHONE,
      source: SurveySource.MANUAL,
      unit: s.unit,
      station: s.station,
      agent: s.agent ?? null,
      answeredAt: new Date(`${s.on}T12:00:00+08:00`),
      answeredOn: s.on,
      month: s.on.slice(0, 7),
      overallScore: s.overall,
      nps: s.nps ?? null,
      complete: s.overall !== null,
      dissatisfied: Object.values(scores).includes(1),
      hasComment: !!s.comment,
    } as never);
    for (const [key, score] of Object.entries(scores)) {
      em.create(SurveyAnswer, { response: r, itemKey: key, kind: key === 'overall' ? SurveyItemKind.OVERALL : SurveyItemKind.LEVEL5, score, comment: key === 'overall' ? (s.comment ?? null) : null } as never);
    }
    out.push(r);
  }
  await em.flush();
  // Written directly, not submitted: the month figures are counted from them here.
  await recountMonthStats(em);
  return out;
}
