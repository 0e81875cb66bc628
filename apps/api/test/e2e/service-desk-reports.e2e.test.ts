import type { EntityManager } from '@mikro-orm/knex';
import { startApp, codeOf, type GqlOptions, type GqlResult, type TestApp } from '../harness/app';
import { auditRecordsOf, dumpTables } from '../harness/rows';
import { buildOrg, employee, position, unit } from '../factories/org';
import { crmPeople } from '../factories/crm';
import { user } from '../factories/access';
import { systemContext } from '../../src/jobs/system-context';
import { UnitKind } from '../../src/modules/org/org-unit.entity';

/**
 * Service-desk reports (R-SVC-9, R-SVC-10) and the calendar and SLA settings (R-SVC-10) at
 * the GraphQL level. A year of cases is made through the API with an injected clock, in
 * order of time, and every figure below is counted by hand from that story. Months are
 * local months in Asia/Shanghai (UTC+8): cases a few minutes either side of a local
 * midnight fall in the month a UTC reading would get wrong.
 */

async function seedReports(em: EntityManager) {
  const org = await crmPeople(em, await buildOrg(em));
  // A second station with its own manager: it must see none of the first station's figures.
  const other = unit(em, org.units.hq, 'ST2', '北京服務站', UnitKind.STATION);
  const otherHead = employee(em, other, position(em, other, 'P-ST2-HEAD', '北京服務站站長', { isHead: true }), 'E9001', '鄧勇');
  await em.flush();
  other.head = otherHead;
  await em.flush();
  await user(em, 'qc@example.cn', '品管專員', { employee: org.people.hqStaff, roles: ['quality_control'] });
  await user(em, 'other@example.cn', '鄧勇', { employee: otherHead, roles: [{ role: 'station_manager', unit: other }] });
  return { ...org, other };
}

let t: TestApp<Awaited<ReturnType<typeof seedReports>>>;
const d = () => t.data;

beforeAll(async () => {
  t = await startApp({ seed: seedReports });
});
afterAll(() => t?.close());

type Who = 'admin' | 'agent' | 'viewer' | 'manager' | 'qc' | 'other';
const issued = new Map<Who, { token: string; at: number }>();
/** A token valid at the clock's time: signed in again when the clock moved back or far ahead. */
async function as(who: Who): Promise<GqlOptions> {
  const now = t.clock.now().getTime();
  const c = issued.get(who);
  if (!c || now < c.at || now - c.at > 10 * 60_000) issued.set(who, { token: (await t.login(`${who}@example.cn`)).token, at: now });
  return { token: issued.get(who)!.token };
}
const clockAt = (local: string) => t.clock.set(new Date(`${local}+08:00`));

async function ok<T = any>(r: Promise<GqlResult<T>> | GqlResult<T>): Promise<T> {
  const res = await r;
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data as T;
}
async function gql(who: Who, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  return ok(t.gql(query, variables, await as(who)));
}

const OPEN = `mutation O($input: OpenTicketInput!) { openTicket(input: $input) { id resolutionDueAt firstResponseDueAt } }`;
const ACT = `mutation A($id: ID!, $input: TicketActionInput!) { actOnTicket(id: $id, input: $input) { id status resolutionBreached firstResponseBreached } }`;
let seq = 0;

/** Opens a case at a local time; the agent's station unless another is named. */
async function openAt(local: string, input: Record<string, unknown>, who: Who = 'agent'): Promise<string> {
  clockAt(local);
  seq++;
  const r = await gql(who, OPEN, { input: { kind: 'INQUIRY', channel: 'PHONE', severity: 'MEDIUM', subject: `案件${seq}`, content: '客戶來電', contactName: `客戶${seq}`, stationId: d().units.station.id, ...input } });
  return r.openTicket.id;
}
async function act(who: Who, local: string, id: string, input: Record<string, unknown>) {
  clockAt(local);
  return (await gql(who, ACT, { id, input })).actOnTicket;
}

/** A complaint triaged at its opening; with findings, quality control records them then too. */
async function complaint(local: string, opts: { product?: string; triage?: string; findings?: { rootCause: string; unit: 'cs' | 'tech'; substantiated: boolean; employee?: 'csStaff' | 'techStaff' }; station?: 'other' }) {
  const who: Who = opts.station ? 'admin' : 'agent';
  const id = await openAt(local, { kind: 'COMPLAINT', product: opts.product ?? null, ...(opts.station ? { stationId: d().other.id } : {}) }, who);
  if (!opts.triage) return id;
  const r = await gql(who, `mutation T($id: ID!, $triage: ComplaintTriage!) { triageComplaint(ticketId: $id, triage: $triage, note: "已向客戶說明") { id } }`, { id, triage: opts.triage });
  const f = opts.findings;
  if (f) {
    await gql('qc', `mutation F($id: ID!, $input: ComplaintFindingsInput!) { recordComplaintFindings(id: $id, input: $input) { id } }`, {
      id: r.triageComplaint.id,
      input: { rootCause: f.rootCause, responsibleUnitId: d().units[f.unit].id, substantiated: f.substantiated, responsibleEmployeeId: f.employee ? d().people[f.employee]!.id : null },
    });
  }
  return id;
}

const REPAIR = `mutation R($id: ID!, $input: StartRepairInput!) { startRepair(ticketId: $id, input: $input) { id status } }`;
const RETURN = `mutation R($id: ID!, $input: StartReturnInput!) { startReturn(ticketId: $id, input: $input) { id status exceptionDocumentId } }`;
async function repair(local: string, input: Record<string, unknown>, station?: 'other'): Promise<string> {
  const who: Who = station ? 'admin' : 'agent';
  const id = await openAt(local, { kind: 'RETURN_REPAIR', ...(station ? { stationId: d().other.id } : {}) }, who);
  return (await gql(who, REPAIR, { id, input })).startRepair.id;
}
async function returned(local: string, input: Record<string, unknown>) {
  const id = await openAt(local, { kind: 'RETURN_REPAIR' });
  return (await gql('agent', RETURN, { id, input: { reason: '品質問題', qualityProblem: true, ...input } })).startReturn;
}
async function advance(local: string, id: string, to: string) {
  clockAt(local);
  await gql('agent', `mutation A($id: ID!, $to: RepairStatus!) { advanceRepair(id: $id, to: $to) { status } }`, { id, to });
}
function sweep() {
  return t.em().transactional((tx) => t.app.services.tickets.sweep(systemContext(tx, { services: t.app.services, config: t.app.config, log: t.app.log, now: t.clock.now }, 'sla')));
}
/** Decides a process step as an employee, through the engine itself. */
async function decideAs(employeeId: string, name: string, documentId: string) {
  const base = systemContext(t.em(), { services: t.app.services, config: t.app.config, log: t.app.log, now: t.clock.now }, 'test');
  await t.em().transactional((tx) => t.app.services.processes.decide({ ...base, em: tx, actor: { type: 'USER' as const, id: `test:${employeeId}`, name, employeeId } }, documentId, 'APPROVE', null));
}

const REPAIRS = `query R($year: Int!, $unitId: ID) { repairReport(year: $year, unitId: $unitId) { year months { month received repairsReceived returnsReceived delivered inWarranty outOfWarranty returnsAccepted returnsByException } total { received repairsReceived returnsReceived delivered inWarranty outOfWarranty returnsAccepted returnsByException } } }`;
const COMPLAINTS = `query C($year: Int!, $unitId: ID) { complaintAnalysis(year: $year, unitId: $unitId) { year total substantiated byRootCause { key label count } byProduct { key label count } byResponsibleUnit { key label count } byMonth { key label count } byTriage { key label count } } }`;
const SLA = `query S($from: LocalDate!, $to: LocalDate!, $groupBy: SlaReportGroup!, $unitId: ID) { slaAttainment(from: $from, to: $to, groupBy: $groupBy, unitId: $unitId) { key label cases firstResponseMet resolutionMet breached rate } }`;
const AGENTS = `query A($from: LocalDate!, $to: LocalDate!, $unitId: ID) { agentServiceStats(from: $from, to: $to, unitId: $unitId) { employeeId name answered resolved substantiatedComplaints substantiatedInYear penaltyReviewDue slaCases slaRate } }`;

const counts = (buckets: { key: string; count: number }[]) => Object.fromEntries(buckets.map((b) => [b.key, b.count]));
const zeroMonth = { received: 0, repairsReceived: 0, returnsReceived: 0, delivered: 0, inWarranty: 0, outOfWarranty: 0, returnsAccepted: 0, returnsByException: 0 };

describe('reports (R-SVC-9, R-SVC-10)', () => {
  beforeAll(async () => {
    const u = d().units;
    const p = d().people;
    // --- January and February: a repair received 23:30 on 31 January, delivered 00:30 on 1 February (local).
    await complaint('2026-01-31T23:30:00', { product: 'WF-900', triage: 'NEEDS_OTHER_UNITS', findings: { rootCause: '零件批次不良', unit: 'tech', substantiated: true, employee: 'techStaff' } });
    const r1 = await repair('2026-01-31T23:30:00', { inWarranty: true, mainComponent: false });
    for (const to of ['REPAIRING', 'QC_PASSED', 'SHIPPED']) await advance('2026-01-31T23:45:00', r1, to);
    await advance('2026-02-01T00:30:00', r1, 'DELIVERED');
    await complaint('2026-02-01T00:30:00', { product: 'WF-900', triage: 'NOT_OURS' });
    // An out-of-warranty main-component repair counts when the customer consents, in March.
    const r2 = await repair('2026-02-27T10:00:00', { inWarranty: false, mainComponent: true, charge: '1800.00' });
    clockAt('2026-03-02T10:00:00');
    await gql('agent', `mutation C($id: ID!) { recordRepairConsent(id: $id, consented: true, note: "簽署同意書") { status } }`, { id: r2 });
    await repair('2026-03-05T10:00:00', { inWarranty: false, mainComponent: false });
    await complaint('2026-03-10T10:00:00', { product: 'AC-110', triage: 'NEEDS_OTHER_UNITS', findings: { rootCause: '服務態度', unit: 'cs', substantiated: true, employee: 'csStaff' } });
    await complaint('2026-03-11T10:00:00', {});
    // --- April and May: a return within the window, and one let through by an approved exception.
    await returned('2026-04-10T10:00:00', { shippedOn: '2026-03-01' });
    const r5 = await returned('2026-04-20T10:00:00', { shippedOn: '2025-12-01' });
    expect(r5.status).toBe('AWAITING_APPROVAL');
    clockAt('2026-05-04T10:00:00');
    await decideAs(p.csHead!.id, p.csHead!.name, r5.exceptionDocumentId);
    await decideAs(p.stationHead!.id, p.stationHead!.name, r5.exceptionDocumentId);
    await complaint('2026-05-05T10:00:00', { triage: 'NOT_OURS', station: 'other' });
    // --- June: a refused charge is never received; the other station's repair.
    const r8 = await repair('2026-06-01T10:00:00', { inWarranty: false, mainComponent: true, charge: '900.00' });
    clockAt('2026-06-02T10:00:00');
    await gql('agent', `mutation C($id: ID!) { recordRepairConsent(id: $id, consented: false, note: "客戶拒絕收費") { status } }`, { id: r8 });
    await repair('2026-06-10T10:00:00', { inWarranty: true, mainComponent: false }, 'other');
    await complaint('2026-06-15T10:00:00', { triage: 'NEEDS_OTHER_UNITS', findings: { rootCause: '服務態度', unit: 'cs', substantiated: true, employee: 'csStaff' } });
    await complaint('2026-06-16T10:00:00', { product: 'WF-900', triage: 'NEEDS_OTHER_UNITS', findings: { rootCause: '客戶誤用', unit: 'cs', substantiated: false } });
    // --- July and August: the SLA cases. MEDIUM inquiry: first response 120, resolution 960 business minutes.
    const s1 = await openAt('2026-07-01T09:00:00', { unitId: u.cs.id, assigneeId: p.csStaff!.id });
    await act('agent', '2026-07-01T09:30:00', s1, { action: 'RESPOND', text: '已答覆' });
    await act('agent', '2026-07-01T10:00:00', s1, { action: 'RESOLVE', text: '已解決' });
    // Due Thursday 2 July 18:00, resolved Friday: breached, measured at the due time.
    const s2 = await openAt('2026-07-01T09:00:00', { unitId: u.cs.id, assigneeId: p.csStaff!.id });
    expect((await act('agent', '2026-07-03T10:00:00', s2, { action: 'RESOLVE', text: '已解決' })).resolutionBreached).toBe(true);
    const s6 = await openAt('2026-07-06T09:00:00', { stationId: d().other.id }, 'admin');
    await act('admin', '2026-07-10T10:00:00', s6, { action: 'RESOLVE', text: '已解決' });
    // Unassigned, first response due 11:00; the sweep at noon records the breach.
    await openAt('2026-07-30T09:00:00', {});
    clockAt('2026-07-30T12:00:00');
    await sweep();
    // Opened Friday 31 July, resolved ten minutes after local midnight: August, though UTC still says July.
    const s3 = await openAt('2026-07-31T17:00:00', { unitId: u.tech.id, assigneeId: p.techStaff!.id });
    await act('viewer', '2026-08-01T00:10:00', s3, { action: 'RESOLVE', text: '遠端排除' });
    const s5 = await openAt('2026-08-03T09:00:00', { unitId: u.cs.id, assigneeId: p.csStaff!.id });
    await act('agent', '2026-08-03T09:10:00', s5, { action: 'RESPOND', text: '已答覆' });
    await act('agent', '2026-08-04T10:00:00', s5, { action: 'RESOLVE', text: '已解決' });
    // --- December, and the first minutes of 2027 (still 2026 in UTC).
    await complaint('2026-12-31T23:59:00', { product: 'AC-110', triage: 'NEEDS_OTHER_UNITS', findings: { rootCause: '服務態度', unit: 'cs', substantiated: true, employee: 'csStaff' } });
    await repair('2026-12-31T23:50:00', { inWarranty: true, mainComponent: false });
    await complaint('2027-01-01T00:10:00', { product: 'AC-110', triage: 'NOT_OURS' });
    await repair('2027-01-01T00:10:00', { inWarranty: true, mainComponent: false });
    clockAt('2027-01-05T10:00:00');
  }, 120_000);

  it('R-SVC-9: monthly repair counts, every month present, bucketed by local month', async () => {
    const r = (await gql('manager', REPAIRS, { year: 2026 })).repairReport;
    expect(r.months.map((m: { month: number }) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const expected: Record<number, Partial<typeof zeroMonth>> = {
      1: { received: 1, repairsReceived: 1, inWarranty: 1 },
      2: { delivered: 1 },
      3: { received: 2, repairsReceived: 2, outOfWarranty: 2 },
      4: { received: 1, returnsReceived: 1, returnsAccepted: 1 },
      5: { received: 1, returnsReceived: 1, returnsByException: 1 },
      12: { received: 1, repairsReceived: 1, inWarranty: 1 },
    };
    for (const m of r.months) expect(m, `month ${m.month}`).toEqual({ month: m.month, ...zeroMonth, ...expected[m.month] });
    expect(r.total).toEqual({ received: 6, repairsReceived: 4, returnsReceived: 2, delivered: 1, inWarranty: 2, outOfWarranty: 2, returnsAccepted: 1, returnsByException: 1 });
    const next = (await gql('manager', REPAIRS, { year: 2027 })).repairReport;
    expect(next.total).toMatchObject({ received: 1, inWarranty: 1 });
  });

  it('R-SVC-9: the annual complaint analysis, with root cause and responsible unit from the handling form', async () => {
    const u = d().units;
    const r = (await gql('manager', COMPLAINTS, { year: 2026 })).complaintAnalysis;
    expect(r).toMatchObject({ year: 2026, total: 7, substantiated: 4 });
    expect(counts(r.byRootCause)).toEqual({ 服務態度: 3, UNRECORDED: 2, 零件批次不良: 1, 客戶誤用: 1 });
    expect(r.byRootCause[0]).toEqual({ key: '服務態度', label: '服務態度', count: 3 });
    expect(counts(r.byProduct)).toEqual({ 'WF-900': 3, 'AC-110': 2, UNRECORDED: 2 });
    expect(r.byResponsibleUnit).toEqual([
      { key: u.cs.id, label: u.cs.name, count: 4 },
      { key: u.station.id, label: u.station.name, count: 2 },
      { key: u.tech.id, label: u.tech.name, count: 1 },
    ]);
    expect(counts(r.byTriage)).toEqual({ NEEDS_OTHER_UNITS: 5, NOT_OURS: 1, UNTRIAGED: 1 });
    expect(r.byMonth.map((b: { key: string; count: number }) => [b.key, b.count])).toEqual([
      ['2026-01', 1], ['2026-02', 1], ['2026-03', 2], ['2026-04', 0], ['2026-05', 0], ['2026-06', 2],
      ['2026-07', 0], ['2026-08', 0], ['2026-09', 0], ['2026-10', 0], ['2026-11', 0], ['2026-12', 1],
    ]);
    // Quality control reaches every station: the other station's complaint (May) is in too.
    const all = (await gql('qc', COMPLAINTS, { year: 2026 })).complaintAnalysis;
    expect(all).toMatchObject({ total: 8, substantiated: 4 });
    expect(counts(all.byMonth)['2026-05']).toBe(1);
  });

  it('R-SVC-10: SLA attainment per agent, unit and month, measured where each outcome falls', async () => {
    const { units: u, people: p } = d();
    const period = { from: '2026-07-01', to: '2026-08-31' };
    const row = (key: string, label: string, cases: number, firstResponseMet: number, resolutionMet: number, breached: number, rate: number | null) => ({ key, label, cases, firstResponseMet, resolutionMet, breached, rate });
    const byAgent = (await gql('manager', SLA, { ...period, groupBy: 'AGENT' })).slaAttainment;
    // Most cases first; the order of equal counts is the labels'.
    expect(byAgent[0]).toEqual(row(p.csStaff!.id, p.csStaff!.name, 3, 3, 2, 1, 66.7));
    expect(byAgent).toHaveLength(3);
    expect(byAgent).toEqual(expect.arrayContaining([row('UNASSIGNED', '未指派', 1, 0, 0, 1, 0), row(p.techStaff!.id, p.techStaff!.name, 1, 1, 1, 0, 100)]));
    const byUnit = (await gql('manager', SLA, { ...period, groupBy: 'UNIT' })).slaAttainment;
    expect(byUnit[0]).toEqual(row(u.cs.id, u.cs.name, 3, 3, 2, 1, 66.7));
    expect(byUnit).toHaveLength(3);
    expect(byUnit).toEqual(expect.arrayContaining([row(u.station.id, u.station.name, 1, 0, 0, 1, 0), row(u.tech.id, u.tech.name, 1, 1, 1, 0, 100)]));
    const byMonth = (await gql('manager', SLA, { ...period, groupBy: 'MONTH' })).slaAttainment;
    expect(byMonth).toEqual([row('2026-07', '2026-07', 3, 2, 1, 2, 33.3), row('2026-08', '2026-08', 2, 2, 2, 0, 100)]);
    // A period with no outcome still lists its month, with no rate.
    expect((await gql('manager', SLA, { from: '2026-09-01', to: '2026-09-30', groupBy: 'MONTH' })).slaAttainment).toEqual([row('2026-09', '2026-09', 0, 0, 0, 0, null)]);
    // One day: 1 August holds only the case resolved at 00:10 local.
    expect((await gql('manager', SLA, { from: '2026-08-01', to: '2026-08-01', groupBy: 'UNIT' })).slaAttainment).toEqual([row(u.tech.id, u.tech.name, 1, 1, 1, 0, 100)]);
    // A unit narrows to the cases under it.
    expect((await gql('manager', SLA, { ...period, groupBy: 'UNIT', unitId: u.cs.id })).slaAttainment).toEqual([row(u.cs.id, u.cs.name, 3, 3, 2, 1, 66.7)]);
  });

  it('R-SVC-10: per agent, answered and resolved cases, substantiated complaints, the penalty review at three, and the SLA rate', async () => {
    const p = d().people;
    const stats = (await gql('manager', AGENTS, { from: '2026-01-01', to: '2026-12-31' })).agentServiceStats;
    const of = (id: string) => stats.find((s: { employeeId: string }) => s.employeeId === id);
    expect(of(p.csStaff!.id)).toEqual({ employeeId: p.csStaff!.id, name: p.csStaff!.name, answered: 3, resolved: 3, substantiatedComplaints: 3, substantiatedInYear: 3, penaltyReviewDue: true, slaCases: 3, slaRate: 66.7 });
    expect(of(p.techStaff!.id)).toEqual({ employeeId: p.techStaff!.id, name: p.techStaff!.name, answered: 1, resolved: 1, substantiatedComplaints: 1, substantiatedInYear: 1, penaltyReviewDue: false, slaCases: 1, slaRate: 100 });
    expect(stats).toHaveLength(2);
    // The first half-year: one substantiated complaint each for 林曉 so far, and no SLA case yet.
    const half = (await gql('manager', AGENTS, { from: '2026-01-01', to: '2026-06-30' })).agentServiceStats;
    expect(half.find((s: { employeeId: string }) => s.employeeId === p.csStaff!.id)).toMatchObject({ answered: 0, substantiatedComplaints: 2, substantiatedInYear: 2, penaltyReviewDue: false, slaCases: 0, slaRate: null });
  });

  it('R-ACL-1: the other station’s manager sees only the other station’s figures', async () => {
    const repairs = (await gql('other', REPAIRS, { year: 2026 })).repairReport;
    expect(repairs.total).toEqual({ ...zeroMonth, received: 1, repairsReceived: 1, inWarranty: 1 });
    expect(repairs.months[5]).toMatchObject({ month: 6, received: 1 });
    const complaints = (await gql('other', COMPLAINTS, { year: 2026 })).complaintAnalysis;
    expect(complaints).toMatchObject({ total: 1, substantiated: 0, byTriage: [{ key: 'NOT_OURS', count: 1 }], byResponsibleUnit: [{ key: d().other.id, count: 1 }] });
    const sla = (await gql('other', SLA, { from: '2026-07-01', to: '2026-08-31', groupBy: 'AGENT' })).slaAttainment;
    expect(sla).toEqual([{ key: 'UNASSIGNED', label: '未指派', cases: 1, firstResponseMet: 1, resolutionMet: 0, breached: 1, rate: 0 }]);
    expect((await gql('other', AGENTS, { from: '2026-01-01', to: '2026-12-31' })).agentServiceStats).toEqual([]);
    // Naming the first station does not widen the reach.
    expect((await gql('other', COMPLAINTS, { year: 2026, unitId: d().units.station.id })).complaintAnalysis.total).toBe(0);
  });

  it.each([
    ['repairReport', REPAIRS, { year: 2026 }],
    ['complaintAnalysis', COMPLAINTS, { year: 2026 }],
    ['slaAttainment by AGENT', SLA, { from: '2026-01-01', to: '2026-12-31', groupBy: 'AGENT' }],
    ['slaAttainment by UNIT', SLA, { from: '2026-01-01', to: '2026-12-31', groupBy: 'UNIT' }],
    ['slaAttainment by MONTH', SLA, { from: '2026-01-01', to: '2026-12-31', groupBy: 'MONTH' }],
    ['agentServiceStats', AGENTS, { from: '2026-01-01', to: '2026-12-31' }],
  ])('%s is one SQL statement, with or without a unit', async (_name, query, variables) => {
    for (const unitId of [undefined, d().units.cs.id]) {
      const r = await t.gql(query, { ...variables, unitId }, await as('manager'));
      expect(r.body.errors).toBeUndefined();
      expect(r.statements).toBe(1);
    }
  });

  it.each([
    ['a year out of range', 'manager', REPAIRS, { year: 1999 }, 'BAD_USER_INPUT', 'year'],
    ['a period ending before it starts', 'manager', SLA, { from: '2026-08-01', to: '2026-07-31', groupBy: 'UNIT' }, 'BAD_USER_INPUT', 'to'],
    ['a period longer than 366 days', 'manager', AGENTS, { from: '2025-01-01', to: '2026-01-02' }, 'BAD_USER_INPUT', 'to'],
    ['a date that does not exist', 'manager', SLA, { from: '2026-02-30', to: '2026-03-31', groupBy: 'UNIT' }, 'BAD_USER_INPUT', null],
    ['no ReadServiceReport right (front-line agent)', 'agent', COMPLAINTS, { year: 2026 }, 'FORBIDDEN', null],
    ['no sign-in', null, REPAIRS, { year: 2026 }, 'UNAUTHENTICATED', null],
  ] as const)('refuses %s', async (_label, who, query, variables, code, field) => {
    const r = await t.gql(query, variables, who ? await as(who) : {});
    expect(codeOf(r)).toBe(code);
    expect(r.body.data ?? null).toBeNull();
    if (field) expect(r.body.errors![0]!.extensions!.issues![0]!.field).toBe(field);
  });
});

describe('calendar and SLA settings (R-SVC-10)', () => {
  const CAL = `stationId stationCode stationName week holidays custom`;
  const SET = `mutation S($stationId: ID!, $input: ServiceCalendarInput!) { setServiceCalendar(stationId: $stationId, input: $input) { ${CAL} } }`;
  const UPSERT = `mutation U($input: SlaPolicyInput!) { upsertSlaPolicy(input: $input) { id kind severity minPriority firstResponseMinutes updateMinutes resolutionMinutes } }`;
  const DELETE = `mutation D($id: ID!) { deleteSlaPolicy(id: $id) }`;
  const GET = `query T($id: ID!) { ticket(id: $id) { firstResponseDueAt resolutionDueAt } }`;
  const at = (local: string) => new Date(`${local}+08:00`).toISOString();
  /** Mon–Fri 08:30–17:30 without a lunch break; closed at weekends. */
  const WEEK = [[], [[510, 1050]], [[510, 1050]], [[510, 1050]], [[510, 1050]], [[510, 1050]], []];
  const TABLES = ['service_calendar', 'sla_policy'];

  it('lists every station with its calendar, the default until one is set', async () => {
    const r = (await gql('agent', `{ serviceCalendars { ${CAL} } }`)).serviceCalendars;
    expect(r.map((c: { stationCode: string }) => c.stationCode)).toEqual(expect.arrayContaining(['ST', 'ST2']));
    expect(r.every((c: { custom: boolean; week: unknown[] }) => !c.custom && c.week.length === 7)).toBe(true);
  });

  it('a station manager sets the station’s hours: new clocks count in them, due times already set stay', async () => {
    const before = await openAt('2026-09-29T17:00:00', {});
    // Default hours: 17:00–18:00 Tuesday, then 09:00–10:00 Wednesday.
    expect((await gql('agent', GET, { id: before })).ticket.firstResponseDueAt).toBe(at('2026-09-30T10:00:00'));
    const r = await t.gql(SET, { stationId: d().units.station.id, input: { week: WEEK, holidays: ['2026-10-01', '2026-09-30', '2026-10-01'] } }, await as('manager'));
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data!.setServiceCalendar).toMatchObject({ stationCode: 'ST', custom: true, week: WEEK, holidays: ['2026-09-30', '2026-10-01'] });
    expect((await auditRecordsOf(t, r.requestId))[0]).toMatchObject({ operation: 'setServiceCalendar', outcome: 'ALLOWED', target_type: 'ServiceCalendar', before: null, after: { holidays: ['2026-09-30', '2026-10-01'] } });
    expect((await gql('agent', `query C($id: ID!) { serviceCalendar(stationId: $id) { custom holidays } }`, { id: d().units.station.id })).serviceCalendar).toEqual({ custom: true, holidays: ['2026-09-30', '2026-10-01'] });
    const after = await openAt('2026-09-29T17:00:00', {});
    // New hours: 17:00–17:30 Tuesday, two holidays, then 08:30–10:00 Friday.
    expect((await gql('agent', GET, { id: after })).ticket.firstResponseDueAt).toBe(at('2026-10-02T10:00:00'));
    expect((await gql('agent', GET, { id: before })).ticket.firstResponseDueAt).toBe(at('2026-09-30T10:00:00'));
  });

  it('an administrator changes a target: cases opened afterwards get it, open ones keep theirs', async () => {
    const policies = (await gql('admin', `{ slaPolicies { id kind severity minPriority firstResponseMinutes updateMinutes resolutionMinutes } }`)).slaPolicies;
    const base = policies.find((x: { kind: string; severity: string; minPriority: number }) => x.kind === 'INQUIRY' && x.severity === 'MEDIUM' && x.minPriority === 0);
    const open = await openAt('2026-10-05T09:00:00', {});
    const r = await t.gql(UPSERT, { input: { kind: 'INQUIRY', severity: 'MEDIUM', minPriority: 0, firstResponseMinutes: 30, updateMinutes: 240, resolutionMinutes: 480 } }, await as('admin'));
    expect(r.body.data!.upsertSlaPolicy).toMatchObject({ id: base.id, firstResponseMinutes: 30, resolutionMinutes: 480 });
    expect((await auditRecordsOf(t, r.requestId))[0]).toMatchObject({ target_type: 'SlaPolicy', target_id: base.id, before: { firstResponseMinutes: 120 }, after: { firstResponseMinutes: 30 } });
    const fresh = await openAt('2026-10-05T09:00:00', {});
    // Monday in the station's new hours (08:30–17:30): 30 and 480 business minutes from 09:00.
    expect((await gql('agent', GET, { id: fresh })).ticket).toEqual({ firstResponseDueAt: at('2026-10-05T09:30:00'), resolutionDueAt: at('2026-10-05T17:00:00') });
    expect((await gql('agent', GET, { id: open })).ticket.firstResponseDueAt).toBe(at('2026-10-05T11:00:00'));
    // A priority policy is added, then deleted again.
    const extra = (await gql('admin', UPSERT, { input: { kind: 'INQUIRY', severity: 'MEDIUM', minPriority: 5, firstResponseMinutes: 10, updateMinutes: 60, resolutionMinutes: 120 } })).upsertSlaPolicy;
    expect(extra).toMatchObject({ minPriority: 5, firstResponseMinutes: 10 });
    expect((await gql('admin', DELETE, { id: extra.id })).deleteSlaPolicy).toBe(extra.id);
    const left = (await gql('admin', `{ slaPolicies { id } }`)).slaPolicies;
    expect(left.some((x: { id: string }) => x.id === extra.id)).toBe(false);
  });

  const day = (intervals: number[][], at = 1) => WEEK.map((d0, i) => (i === at ? intervals : d0));
  const failures: [string, Who, string, () => Record<string, unknown>, string, string | null, string | null][] = [
    ['six weekdays', 'manager', SET, () => ({ stationId: d().units.station.id, input: { week: WEEK.slice(0, 6) } }), 'BAD_USER_INPUT', 'week', 'length'],
    ['an interval that ends before it starts', 'manager', SET, () => ({ stationId: d().units.station.id, input: { week: day([[720, 540]]) } }), 'BAD_USER_INPUT', 'week[1][0]', 'empty_interval'],
    ['minutes past midnight', 'manager', SET, () => ({ stationId: d().units.station.id, input: { week: day([[540, 1500]]) } }), 'BAD_USER_INPUT', 'week[1][0]', 'out_of_range'],
    ['overlapping intervals', 'manager', SET, () => ({ stationId: d().units.station.id, input: { week: day([[540, 720], [700, 1080]], 3) } }), 'BAD_USER_INPUT', 'week[3][1]', 'overlap'],
    ['intervals out of order', 'manager', SET, () => ({ stationId: d().units.station.id, input: { week: day([[780, 1080], [540, 720]]) } }), 'BAD_USER_INPUT', 'week[1][1]', 'unsorted'],
    ['a week without opening hours', 'manager', SET, () => ({ stationId: d().units.station.id, input: { week: [[], [], [], [], [], [], []] } }), 'BAD_USER_INPUT', 'week', 'no_open_hours'],
    ['a holiday that is not a date', 'manager', SET, () => ({ stationId: d().units.station.id, input: { week: WEEK, holidays: ['2026-10-01', '2026-02-30'] } }), 'BAD_USER_INPUT', 'holidays[1]', 'invalid_date'],
    ['a unit that is not a station', 'admin', SET, () => ({ stationId: d().units.cs.id, input: { week: WEEK } }), 'NOT_FOUND', null, null],
    ['another station’s calendar', 'manager', SET, () => ({ stationId: d().other.id, input: { week: WEEK } }), 'FORBIDDEN', null, null],
    ['a calendar without the settings right', 'agent', SET, () => ({ stationId: d().units.station.id, input: { week: WEEK } }), 'FORBIDDEN', null, null],
    ['company-wide targets from a station manager', 'manager', UPSERT, () => ({ input: { kind: 'INQUIRY', severity: 'LOW', firstResponseMinutes: 60, updateMinutes: 120, resolutionMinutes: 600 } }), 'FORBIDDEN', null, null],
    ['a first response due after the resolution', 'admin', UPSERT, () => ({ input: { kind: 'INQUIRY', severity: 'LOW', firstResponseMinutes: 700, updateMinutes: 120, resolutionMinutes: 600 } }), 'BAD_USER_INPUT', 'firstResponseMinutes', 'after_resolution'],
    ['a target of zero minutes', 'admin', UPSERT, () => ({ input: { kind: 'INQUIRY', severity: 'LOW', firstResponseMinutes: 0, updateMinutes: 120, resolutionMinutes: 600 } }), 'BAD_USER_INPUT', null, null],
    ['an SLA policy that does not exist', 'admin', DELETE, () => ({ id: '00000000-0000-7000-8000-000000000000' }), 'NOT_FOUND', null, null],
  ];
  it.each(failures)('refuses %s, changing nothing and auditing the attempt', async (_label, who, query, variables, code, field, issue) => {
    const before = await dumpTables(t, TABLES);
    const r = await t.gql(query, variables(), await as(who));
    expect(codeOf(r), JSON.stringify(r.body.errors)).toBe(code);
    if (field) expect(r.body.errors![0]!.extensions!.issues).toContainEqual(expect.objectContaining({ field, code: issue }));
    expect(await dumpTables(t, TABLES)).toEqual(before);
    const audit = await auditRecordsOf(t, r.requestId);
    expect(audit).toHaveLength(1);
    expect(audit[0]!.outcome).not.toBe('ALLOWED');
  });

  it('refuses to delete the base policy a kind and severity falls back to (CONFLICT, BASE_POLICY)', async () => {
    const base = (await gql('admin', `{ slaPolicies { id kind severity minPriority } }`)).slaPolicies.find((x: { kind: string; severity: string; minPriority: number }) => x.kind === 'COMPLAINT' && x.severity === 'HIGH' && x.minPriority === 0);
    const before = await dumpTables(t, TABLES);
    const r = await t.gql(DELETE, { id: base.id }, await as('admin'));
    expect(codeOf(r)).toBe('CONFLICT');
    expect(r.body.errors![0]!.extensions!.reason).toBe('BASE_POLICY');
    expect(await dumpTables(t, TABLES)).toEqual(before);
  });
});
