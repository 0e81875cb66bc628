import type { EntityManager } from '@mikro-orm/knex';
import { OrgUnit } from '../modules/org/org-unit.entity';
import { Employee, EmployeeStatus } from '../modules/org/employee.entity';
import { PreferredLanguage } from '../modules/crm/customer.entity';
import { SurveyItemKind, SurveyTemplate, SurveyTemplateVersion } from '../modules/surveys/template.entity';
import { InvitationStatus, SurveyChannel, SurveySource } from '../modules/surveys/invitation.entity';
import { DEFAULT_TEMPLATE } from '../modules/surveys/default-template';
import { SatisfactionLevel } from '../modules/surveys/levels';
import { recountMonthStats } from '../modules/surveys/month-stat.entity';
import { uuidv7 } from '../common/entity';
import { dbTime, execute, isPostgres } from '../common/sql';
import { DAY_MS, localDate, startOfLocalDate } from '../common/time';
import { previousMonth } from '../jobs/scheduler';
import { systemContext } from '../jobs/system-context';
import type { Ctx } from '../context';
import type { Services } from '../services';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { demoKeyPeople } from './demo-data';
import { prng } from './demo-crm';

/** The units that serve customers, how many forms they get a month, and how satisfied their customers are. */
const SERVING = [
  { code: 'ST-TPE-CS-HL', perMonth: 45, satisfied: 0.96, target: 92, sources: [SurveySource.TICKET] },
  { code: 'ST-TPE-CS-FD', perMonth: 30, satisfied: 0.96, target: 90, sources: [SurveySource.VISIT, SurveySource.MANUAL] },
  // Technical support has a hard summer and a bad last month: below its target, so it gets a corrective action.
  { code: 'ST-TPE-TS', perMonth: 40, satisfied: 0.88, target: 88, sources: [SurveySource.TICKET, SurveySource.REPAIR], dips: { 7: 0.78, 8: 0.8, last: 0.76 } as Record<string, number> },
  { code: 'ST-TPE-LG', perMonth: 20, satisfied: 0.9, target: 85, sources: [SurveySource.REPAIR, SurveySource.CAMPAIGN], dips: { 2: 0.8 } as Record<string, number> },
] as const;

const PRAISE = ['師傅很專業，解說清楚', '客服回覆很快', '到府準時，服務親切', '包裝完整，安裝順利', '處理速度比預期快', '濾心更換後水質明顯改善'];
const GRIPES = ['等待時間太長', '電話一直佔線', '維修後又出現同樣問題', '送貨比約定晚了兩天', '說明不夠清楚', '價格偏高'];
const SUGGESTIONS = ['希望週末也能到府服務', '建議提供線上預約', '希望能提醒濾心更換時間', '可以增加 LINE 客服'];
const RECOMMEND = { key: 'recommend', kind: SurveyItemKind.NPS, required: false, label: { zhHant: '您有多大可能向親友推薦我們？', zhHans: '您有多大可能向亲友推荐我们？', en: 'How likely are you to recommend us to a friend?' } };

/**
 * The demo station's satisfaction surveys (R-SAT-1…6): a year of returned forms across the
 * units that serve customers and their agents (bulk-inserted, as the other demo data's volume
 * would be slow through the API), unit targets for this year and last, the template's second
 * version with an NPS question, then — through the same services the console uses — open
 * invitations, a few fresh forms (one 不滿意 that opened a complaint, one partial phone survey)
 * and last month's evaluation with its corrective action.
 */
export async function seedDemoSurveys(em: EntityManager, deps: { services: Services; config: Config; log: Logger }): Promise<void> {
  const { services, config } = deps;
  const now = new Date();
  const tz = config.timeZone;
  await em.transactional(async (tx) => {
    const base = systemContext(tx, { ...deps, now: () => now }, 'demo');
    const person = async (employeeNo: string): Promise<Ctx> => {
      const e = await tx.findOneOrFail(Employee, { employeeNo });
      return { ...base, actor: { type: 'USER', id: `demo:${employeeNo}`, name: e.name, employeeId: e.id } };
    };
    const knex = tx.getKnex();
    const pg = isPostgres(tx);
    const bool = (b: boolean) => (pg ? b : b ? 1 : 0);
    const json = (v: unknown) => JSON.stringify(v);
    const station = await tx.findOneOrFail(OrgUnit, { code: 'ST-TPE' });
    const units = await tx.find(OrgUnit, { code: { $in: SERVING.map((s) => s.code) } });
    const staff = await tx.find(Employee, { unit: { $in: units.map((u) => u.id) }, status: { $ne: EmployeeStatus.INACTIVE } }, { orderBy: { employeeNo: 'asc' } });
    const customers = await execute<{ id: string; preferred_language: PreferredLanguage | null }[]>(base, knex('customer').select('id', 'preferred_language').where('home_station_id', station.id).orderBy('code'));
    const template = await tx.findOneOrFail(SurveyTemplate, { code: DEFAULT_TEMPLATE.code });
    const v1 = await tx.findOneOrFail(SurveyTemplateVersion, { template, version: 1 });

    // The quality team added a recommendation question three months ago: version 2.
    const v2At = startOfLocalDate(`${shiftMonth(localDate(now, tz).slice(0, 7), -2)}-01`, tz);
    await services.surveyTemplates.save({ ...base, now: () => v2At }, { id: template.id, title: DEFAULT_TEMPLATE.title, intro: DEFAULT_TEMPLATE.intro, items: [...DEFAULT_TEMPLATE.items, RECOMMEND], note: '加入推薦意願（NPS）' } as never);
    const v2 = await tx.findOneOrFail(SurveyTemplateVersion, { template, version: 2 });

    const year = Number(localDate(now, tz).slice(0, 4));
    for (const s of SERVING) {
      const unit = units.find((u) => u.code === s.code)!;
      await services.satisfaction.setTarget(base, { unitId: unit.id, effectiveYear: year - 1, targetPercent: s.target - 2, note: '年度目標' });
      await services.satisfaction.setTarget(base, { unitId: unit.id, effectiveYear: year, targetPercent: s.target, note: '年度目標' });
    }
    await services.satisfaction.setTarget(base, { unitId: station.id, effectiveYear: year, targetPercent: 85, note: '全站目標' });

    // Twelve months of forms, and this month's so far.
    const rnd = prng(20261202);
    const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;
    const thisMonth = localDate(now, tz).slice(0, 7);
    const lastMonth = previousMonth(now, tz);
    const responses: Record<string, unknown>[] = [];
    const answers: Record<string, unknown>[] = [];
    const invitations: Record<string, unknown>[] = [];
    const events: Record<string, unknown>[] = [];
    for (let back = 12; back >= 0; back--) {
      const month = shiftMonth(thisMonth, -back);
      const start = startOfLocalDate(`${month}-01`, tz).getTime();
      const end = back ? startOfLocalDate(`${shiftMonth(month, 1)}-01`, tz).getTime() : now.getTime() - 3_600_000;
      for (const s of SERVING) {
        const unit = units.find((u) => u.code === s.code)!;
        const agents = staff.filter((e) => e.unit.id === unit.id);
        const dips = 'dips' in s ? s.dips : {};
        const p = (month === lastMonth ? dips.last : undefined) ?? dips[String(Number(month.slice(5)))] ?? s.satisfied;
        const count = Math.round(s.perMonth * ((end - start) / (30 * DAY_MS)) * (0.85 + rnd() * 0.3));
        for (let i = 0; i < count; i++) {
          const at = new Date(start + Math.floor(rnd() * (end - start)));
          const day = localDate(at, tz);
          const version = at >= v2At ? v2 : v1;
          const customer = pick(customers);
          const channel = rnd() < 0.7 ? SurveyChannel.ONLINE : rnd() < 0.85 ? SurveyChannel.PHONE : SurveyChannel.INTERVIEW;
          // Phone surveys are sometimes cut short before the overall question (R-SAT-3: partial forms).
          const partial = channel !== SurveyChannel.ONLINE && rnd() < 0.06;
          // Bulk history stays above 不滿意: every 不滿意 opens a complaint (R-SAT-5), which only the service does.
          const overall = rnd() < p ? pick([5, 5, 5, 4, 4, 4, 3, 3]) : 2;
          const id = uuidv7(at.getTime());
          const agent = agents.length ? pick(agents) : null;
          const comment = rnd() < 0.18 ? (overall >= 3 ? pick(PRAISE) : pick(GRIPES)) : null;
          const nps = version === v2 && !partial ? Math.max(0, Math.min(10, overall * 2 + Math.floor(rnd() * 3) - 1)) : null;
          let invitationId: string | null = null;
          if (channel === SurveyChannel.ONLINE) {
            invitationId = uuidv7(at.getTime() - 3 * 3_600_000);
            const sent = at.getTime() - Math.floor(rnd() * 2 * DAY_MS);
            invitations.push({
              id: invitationId,
              created_at: dbTime(tx, new Date(sent)),
              updated_at: dbTime(tx, at),
              customer_id: customer.id,
              template_id: template.id,
              template_version_id: version.id,
              language: customer.preferred_language ?? PreferredLanguage.ZH_HANT,
              source: pick(s.sources),
              unit_id: unit.id,
              station_id: station.id,
              agent_id: agent?.id ?? null,
              status: InvitationStatus.ANSWERED,
              send_at: dbTime(tx, new Date(sent)),
              sent_at: dbTime(tx, new Date(sent)),
              delivery: 'EMAIL',
              expires_at: dbTime(tx, new Date(sent + 14 * DAY_MS)),
              answered_at: dbTime(tx, at),
            });
          }
          const itemScores = version.items.filter((it) => it.kind === SurveyItemKind.LEVEL5 && rnd() < 0.85).map((it) => [it.key, Math.max(2, Math.min(5, overall + Math.floor(rnd() * 3) - 1))] as const);
          const suggestion = rnd() < 0.1 ? pick(SUGGESTIONS) : null;
          responses.push({
            id,
            invitation_id: invitationId,
            customer_id: customer.id,
            template_id: template.id,
            template_version_id: version.id,
            version: version.version,
            language: customer.preferred_language ?? PreferredLanguage.ZH_HANT,
            channel,
            source: pick(s.sources),
            unit_id: unit.id,
            station_id: station.id,
            agent_id: agent?.id ?? null,
            entered_by: channel === SurveyChannel.ONLINE ? null : (agents[0]?.name ?? null),
            answered_at: dbTime(tx, at),
            answered_on: day,
            month: day.slice(0, 7),
            overall_score: partial ? null : overall,
            nps,
            complete: bool(!partial),
            dissatisfied: bool(false),
            // A partial form keeps no overall answer, so not its comment either.
            has_comment: bool((!!comment && !partial) || !!suggestion),
            points_awarded: 0,
          });
          for (const [key, score] of itemScores) answers.push({ id: uuidv7(at.getTime()), response_id: id, item_key: key, kind: SurveyItemKind.LEVEL5, score, nps: null, text: null, comment: null });
          if (!partial) answers.push({ id: uuidv7(at.getTime()), response_id: id, item_key: 'overall', kind: SurveyItemKind.OVERALL, score: overall, nps: null, text: null, comment });
          if (nps !== null) answers.push({ id: uuidv7(at.getTime()), response_id: id, item_key: 'recommend', kind: SurveyItemKind.NPS, score: null, nps, text: null, comment: null });
          if (suggestion) answers.push({ id: uuidv7(at.getTime()), response_id: id, item_key: 'suggestions', kind: SurveyItemKind.TEXT, score: null, nps: null, text: suggestion, comment: null });
          const label = partial ? '未答' : ['', '不滿意', '不太滿意', '基本滿意', '比較滿意', '很滿意'][overall];
          events.push({ id: uuidv7(at.getTime()), customer_id: customer.id, at: dbTime(tx, at), kind: 'SURVEY', summary: `滿意度調查：總體評價 ${label}`, ref_type: 'SurveyResponse', ref_id: id, data: json({ overall: partial ? null : Object.values(SatisfactionLevel)[5 - overall] }) });
        }
      }
    }
    // Parents first: the forms point to their invitations, answers and events to the forms.
    for (const [table, rows] of [['survey_invitation', invitations], ['survey_response', responses], ['survey_answer', answers], ['customer_event', events]] as const) {
      for (let i = 0; i < rows.length; i += 200) await execute(base, knex(table).insert(rows.slice(i, i + 200)), 'run');
    }
    // Bulk-inserted forms bypass the submission that keeps each month's figures.
    await recountMonthStats(tx);

    // Open invitations: a campaign by email, customers without email on the phone list.
    const marketing = await person(demoKeyPeople.csHead);
    await services.surveys.send(marketing, { customerIds: customers.slice(20, 32).map((c) => c.id), campaign: '年終服務回訪', respectQuietPeriod: true, returnLink: false } as never);

    // A few fresh forms, as customers and agents leave them today.
    const agent = await person(demoKeyPeople.csAgent);
    const fresh = customers.slice(40, 43).map((c) => c.id);
    const link = (await services.surveys.send(agent, { customerIds: [fresh[0]], respectQuietPeriod: false, returnLink: true } as never)).link!;
    await services.surveyResponses.submit({ ...base, actor: null }, {
      token: link.split('/s/')[1],
      answers: [
        { itemKey: 'overall', level: SatisfactionLevel.VERY_SATISFIED, comment: '客服很有耐心' },
        { itemKey: 'service', level: SatisfactionLevel.VERY_SATISFIED },
        { itemKey: 'recommend', nps: 10 },
      ],
    } as never);
    // R-SAT-5: a 不滿意 answer; the complaint it opens waits in the service desk queue.
    await services.surveyResponses.submit(agent, {
      customerId: fresh[1],
      channel: SurveyChannel.PHONE,
      answers: [
        { itemKey: 'overall', level: SatisfactionLevel.NOT_VERY_SATISFIED },
        { itemKey: 'service', level: SatisfactionLevel.DISSATISFIED, comment: '維修人員遲到一小時且未事先通知' },
      ],
    } as never);
    // A call cut short before the overall question: kept, outside the rate.
    await services.surveyResponses.submit(agent, { customerId: fresh[2], channel: SurveyChannel.PHONE, answers: [{ itemKey: 'product_performance', level: SatisfactionLevel.FAIRLY_SATISFIED }] } as never);

    // R-SAT-4: last month against the targets; technical support gets its corrective action.
    await services.satisfaction.evaluate(base, lastMonth);
  });
}

/** YYYY-MM moved by `n` months. */
function shiftMonth(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + n, 1));
  return d.toISOString().slice(0, 7);
}
