import type { EntityManager } from '@mikro-orm/knex';
import { OrgUnit } from '../modules/org/org-unit.entity';
import { Employee, EmployeeStatus } from '../modules/org/employee.entity';
import { Customer } from '../modules/crm/customer.entity';
import { TicketAction } from '../modules/service-desk/service-desk.inputs';
import { ComplaintTriage, Severity, SlaPolicy, Ticket, TicketChannel, TicketEvent, TicketEventKind, TicketKind, TicketStatus } from '../modules/service-desk/ticket.entity';
import { ComplaintReview, ComplaintReviewStatus } from '../modules/service-desk/complaint.entity';
import { RepairKind, RepairOrder, RepairStatus } from '../modules/service-desk/repair.entity';
import { addBusinessMinutes, type BusinessCalendar } from '../modules/service-desk/business-time';
import { uuidv7 } from '../common/entity';
import { nextValue, formatNumber } from '../common/sequence';
import { addDays, localDate, startOfLocalDate } from '../common/time';
import { systemContext } from '../jobs/system-context';
import type { Ctx } from '../context';
import type { Services } from '../services';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { demoKeyPeople } from './demo-data';

/**
 * The demo station's service desk (R-SVC-1…10): cases in every state, worked through the
 * same service the console and the call centre use, so timelines, SLAs and follow-ups are real.
 */
export async function seedDemoServiceDesk(em: EntityManager, deps: { services: Services; config: Config; log: Logger }): Promise<void> {
  const { tickets } = deps.services;
  await em.transactional(async (tx) => {
    const base = systemContext(tx, { ...deps, now: () => new Date() }, 'demo');
    const person = async (employeeNo: string): Promise<Ctx> => {
      const e = await tx.findOneOrFail(Employee, { employeeNo });
      return { ...base, actor: { type: 'USER', id: `demo:${employeeNo}`, name: e.name, employeeId: e.id } };
    };
    const agent = await person(demoKeyPeople.csAgent);
    const tech = await person(demoKeyPeople.technician);
    const station = await tx.findOneOrFail(OrgUnit, { code: 'ST-TPE' });
    const techDept = await tx.findOneOrFail(OrgUnit, { code: 'ST-TPE-TS' });
    const technician = await tx.findOneOrFail(Employee, { employeeNo: demoKeyPeople.technician });
    const customers = await tx.find(Customer, {}, { orderBy: { code: 'asc' }, limit: 4 });
    const open = (kind: TicketKind, severity: Severity, subject: string, content: string, extra: Record<string, unknown> = {}) =>
      tickets.open(agent, { kind, channel: TicketChannel.PHONE, severity, subject, content, stationId: station.id, ...extra } as never);

    await open(TicketKind.INQUIRY, Severity.LOW, '濾心更換週期', '客戶詢問 WF-220 濾心多久需要更換一次。', { customerId: customers[0]!.id });
    const complaint = await open(TicketKind.COMPLAINT, Severity.HIGH, '淨水器安裝後漏水', '安裝三天後接頭處滲水，客戶要求盡速處理。', { customerId: customers[1]!.id, product: 'WF-900' });
    await tickets.act(agent, complaint.id, { action: TicketAction.RESPOND, text: '已致電致歉，承諾今日下班前回覆處理方式。', promisedAt: new Date(Date.now() + 4 * 3600_000) });
    await tickets.act(agent, complaint.id, { action: TicketAction.HAND_OVER, unitId: techDept.id, assigneeId: technician.id, text: '需技術支持部到府檢查接頭。' });
    await tickets.act(tech, complaint.id, { action: TicketAction.PROPOSE_SOLUTION, text: '更換接頭並加裝止水閥。' });
    const fixed = await open(TicketKind.TECH_SUPPORT, Severity.MEDIUM, '空氣清淨機異音', '運轉時有明顯異音。', { customerId: customers[2]!.id, product: 'AC-110' });
    await tickets.act(agent, fixed.id, { action: TicketAction.HAND_OVER, unitId: techDept.id, assigneeId: technician.id, text: '轉技術支持部。' });
    // R-SVC-7: diagnosed, fixed and verified before it is resolved with a summary and an improvement proposal.
    await tickets.act(tech, fixed.id, { action: TicketAction.DIAGNOSE, text: '風扇軸承鬆脫，運轉時摩擦外殼。' });
    await tickets.act(tech, fixed.id, { action: TicketAction.FIX, text: '更換風扇軸承並重新固定。' });
    await tickets.act(tech, fixed.id, { action: TicketAction.VERIFY, passed: true, text: '連續運轉 30 分鐘，無異音。' });
    await tickets.act(tech, fixed.id, { action: TicketAction.RESOLVE, summary: '風扇軸承鬆脫，已更換，試機正常。', improvementProposal: '出廠檢驗加測運轉噪音。' });
    await open(TicketKind.RETURN_REPAIR, Severity.MEDIUM, '熱水器退貨申請', '客戶購買兩週，希望退貨。', { contactName: '黃先生', contactPhone: '0922-555-018', product: 'HW-300' });
    await seedHistory(base, station, await tx.find(Customer, {}, { fields: ['id'] }));
  });
}

type Draw = () => number;
/** xorshift32: the same history on every demo start. */
function draws(seed: number): Draw {
  let x = seed | 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}
const among = <T>(r: Draw, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
const MINUTE = 60_000;

const PRODUCTS = ['WF-220 淨水器', 'WF-900 淨水器', 'AC-110 空氣清淨機', 'HW-300 熱水器', 'AP-500 除濕機'];
const SUBJECTS: Record<TicketKind, string[]> = {
  INQUIRY: ['濾心更換週期', '保固範圍詢問', '安裝預約時間', '會員點數使用方式', '產品規格比較'],
  COMPLAINT: ['安裝後漏水', '維修後仍故障', '配送延誤', '服務人員態度', '收費有疑義'],
  TECH_SUPPORT: ['運轉異音', '無法開機', '出水量變小', '遙控器失靈', '顯示錯誤代碼'],
  RETURN_REPAIR: ['申請退貨', '主機板維修', '馬達更換', '外殼破損維修', '壓縮機異常'],
};
/** Root cause, responsible unit, and whether such a complaint usually proves justified (R-SVC-4). */
const CAUSES: [string, string, number][] = [
  ['零件批次不良', 'ST-TPE-GM', 0.9],
  ['安裝施工不當', 'ST-TPE-TS', 0.85],
  ['服務態度不佳', 'ST-TPE-CS', 0.7],
  ['配送延誤', 'ST-TPE-LG', 0.8],
  ['說明書說明不清', 'ST-TPE-GM', 0.6],
  ['客戶使用不當', 'ST-TPE-TS', 0.1],
];

/**
 * A year of the station's service desk before today (R-SVC-9, R-SVC-10), so the reports
 * have history: cases of every kind in business hours, mostly answered and resolved in
 * time, some late; complaints triaged, with quality control's findings; returns and
 * repairs taken in and delivered. Written in bulk, not through the services, so the
 * demo starts quickly; due times come from the same SLA policies and calendar.
 */
async function seedHistory(ctx: Ctx, station: OrgUnit, customers: { id: string }[]): Promise<void> {
  const tx = ctx.em;
  const r = draws(20260917);
  const now = ctx.now();
  const tz = ctx.config.timeZone;
  const cal: BusinessCalendar = await ctx.services.sla.calendar(ctx, station);
  const policies = await tx.find(SlaPolicy, { minPriority: 0 });
  const units = new Map((await tx.find(OrgUnit, { code: { $in: ['ST-TPE-CS', 'ST-TPE-TS', 'ST-TPE-GM', 'ST-TPE-LG'] } })).map((u) => [u.code, u]));
  const staff = async (code: string) => tx.find(Employee, { unit: units.get(code)!.id, status: EmployeeStatus.ACTIVE }, { orderBy: { employeeNo: 'asc' } });
  const agents = await staff('ST-TPE-CS');
  const technicians = await staff('ST-TPE-TS');
  const tickets: Record<string, unknown>[] = [];
  const events: Record<string, unknown>[] = [];
  const reviews: Record<string, unknown>[] = [];
  const repairs: Record<string, unknown>[] = [];
  const event = (ticket: string, at: Date, kind: TicketEventKind, who: Employee | null, text: string) =>
    events.push({ id: uuidv7(), ticket, at, kind, actorName: who?.name ?? null, actorId: who?.id ?? null, text, data: null });
  const today = localDate(now, tz);
  for (let back = 365; back >= 1; back--) {
    const date = localDate(addDays(startOfLocalDate(today, tz), -back + 0.5), tz);
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (weekday === 0) continue;
    const n = weekday === 6 ? 1 : r() < 0.3 ? 1 : r() < 0.8 ? 2 : 3;
    for (let i = 0; i < n; i++) {
      const opened = new Date(startOfLocalDate(date, tz).getTime() + (540 + Math.floor(r() * (weekday === 6 ? 150 : 500))) * MINUTE);
      const x = r();
      const kind = x < 0.45 ? TicketKind.INQUIRY : x < 0.65 ? TicketKind.COMPLAINT : x < 0.85 ? TicketKind.TECH_SUPPORT : TicketKind.RETURN_REPAIR;
      const y = r();
      const severity = y < 0.3 ? Severity.LOW : y < 0.75 ? Severity.MEDIUM : y < 0.95 ? Severity.HIGH : Severity.CRITICAL;
      const p = policies.find((q) => q.kind === kind && q.severity === severity)!;
      const firstDue = addBusinessMinutes(opened, p.firstResponseMinutes, cal);
      const resolutionDue = addBusinessMinutes(opened, p.resolutionMinutes, cal);
      const desk = kind === TicketKind.INQUIRY || kind === TicketKind.COMPLAINT;
      const assignee = among(r, desk ? agents : technicians);
      const between = (a: Date, b: Date, lo: number, hi: number) => new Date(a.getTime() + (lo + r() * (hi - lo)) * (b.getTime() - a.getTime()));
      const notYet = (d: Date) => (d < now ? d : new Date(now.getTime() - MINUTE));
      const responded = notYet(r() < 0.12 ? new Date(firstDue.getTime() + (10 + r() * 170) * MINUTE) : between(opened, firstDue, 0.1, 0.9));
      // The last few days still have open cases, as a working queue does.
      const open = back <= 4 && r() < 0.6;
      const late = r() < 0.1;
      const planned = late ? new Date(resolutionDue.getTime() + (60 + r() * 2880) * MINUTE) : between(responded, resolutionDue > responded ? resolutionDue : responded, 0.2, 0.95);
      const resolved = open || planned >= now ? null : planned;
      const id = uuidv7();
      const product = kind === TicketKind.INQUIRY && r() < 0.5 ? null : among(r, PRODUCTS);
      const subject = among(r, SUBJECTS[kind]);
      const customer = r() < 0.75 && customers.length ? among(r, customers).id : null;
      let triage: ComplaintTriage | null = null;
      if (kind === TicketKind.COMPLAINT) {
        const z = r();
        triage = z < 0.35 ? ComplaintTriage.SOLVED_BY_SERVICE : z < 0.55 ? ComplaintTriage.NOT_OURS : ComplaintTriage.NEEDS_OTHER_UNITS;
      }
      tickets.push({
        id,
        number: '',
        kind,
        channel: among(r, Object.values(TicketChannel)),
        severity,
        status: resolved ? (back > 14 ? TicketStatus.CLOSED : TicketStatus.RESOLVED) : TicketStatus.IN_PROGRESS,
        customer,
        contactName: customer ? null : among(r, ['王先生', '李小姐', '陳太太', '林先生', '張小姐']),
        subject,
        content: `${subject}：客戶來電說明情況，已記錄。`,
        product,
        station: station.id,
        unit: units.get(desk ? 'ST-TPE-CS' : 'ST-TPE-TS')!.id,
        assignee: assignee.id,
        triage,
        priority: 0,
        firstResponseDueAt: firstDue,
        firstRespondedAt: responded,
        resolutionDueAt: resolutionDue,
        nextUpdateDueAt: resolved ? null : addBusinessMinutes(responded, p.updateMinutes, cal),
        resolvedAt: resolved,
        firstResponseBreached: responded > firstDue,
        resolutionBreached: (resolved ?? now) > resolutionDue,
        escalationLevel: 0,
        openedAt: opened,
        createdAt: opened,
        updatedAt: resolved ?? responded,
      });
      event(id, opened, TicketEventKind.OPENED, agents[0] ?? null, `${subject}`);
      event(id, responded, TicketEventKind.RESPONDED, assignee, '已回覆客戶並說明處理方式。');
      if (triage) event(id, responded, TicketEventKind.NOTE, assignee, `${triage}: 已向客戶說明`);
      if (triage === ComplaintTriage.NEEDS_OTHER_UNITS) {
        const [rootCause, unitCode, justified] = among(r, CAUSES);
        const substantiated = r() < justified;
        const closed = resolved && back > 30;
        reviews.push({
          id: uuidv7(),
          ticket: id,
          status: closed ? ComplaintReviewStatus.CLOSED : ComplaintReviewStatus.OPEN,
          rootCause,
          responsibleUnit: units.get(unitCode)!.id,
          // An attitude complaint is against the agent who handled the case (R-SVC-10).
          responsibleEmployee: substantiated && unitCode === 'ST-TPE-CS' ? assignee.id : null,
          substantiated,
          major: false,
          closedAt: closed ? resolved : null,
          createdAt: responded,
          updatedAt: resolved ?? responded,
        });
      }
      if (kind === TicketKind.RETURN_REPAIR) {
        const repair = r() < 0.6;
        const inWarranty = r() < 0.7;
        const within = r() < 0.8;
        const received = repair ? opened : notYet(new Date(opened.getTime() + (within ? 0 : 2 * 86_400_000)));
        repairs.push({
          id: uuidv7(),
          ticket: id,
          kind: repair ? RepairKind.REPAIR : RepairKind.RETURN,
          status: repair ? (resolved ? RepairStatus.DELIVERED : RepairStatus.REPAIRING) : RepairStatus.RECEIVED,
          shippedOn: repair ? null : localDate(addDays(opened, -(within ? 10 + r() * 70 : 100 + r() * 100)), tz),
          withinWindow: !repair && within,
          inWarranty: repair ? inWarranty : true,
          mainComponent: false,
          chargeCents: repair && !inWarranty ? 80_000 + Math.floor(r() * 10) * 10_000 : null,
          receivedAt: received,
          deliveredAt: repair && resolved ? resolved : null,
          createdAt: opened,
          updatedAt: resolved ?? opened,
        });
      }
      if (resolved) event(id, resolved, TicketEventKind.RESOLVED, assignee, '已處理完畢，客戶確認。');
    }
  }
  // Numbers as the service gives them: per year, from the same counter.
  const byYear = new Map<string, Record<string, unknown>[]>();
  for (const t of tickets) {
    const year = localDate(t.openedAt as Date, tz).slice(0, 4);
    byYear.set(year, [...(byYear.get(year) ?? []), t]);
  }
  for (const [year, rows] of byYear) {
    const top = await nextValue(ctx, `ticket:${year}`, rows.length);
    rows.forEach((t, i) => (t.number = `TKT-${year}-${formatNumber('', top - rows.length + i + 1, 6)}`));
  }
  for (const [entity, rows] of [[Ticket, tickets], [TicketEvent, events], [ComplaintReview, reviews], [RepairOrder, repairs]] as const) {
    for (let i = 0; i < rows.length; i += 200) await tx.insertMany(entity as never, rows.slice(i, i + 200) as never);
  }
}
