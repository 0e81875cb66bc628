import type { EntityManager } from '@mikro-orm/knex';
import { OrgUnit } from '../modules/org/org-unit.entity';
import { Employee } from '../modules/org/employee.entity';
import { Customer } from '../modules/crm/customer.entity';
import { TicketAction } from '../modules/service-desk/service-desk.inputs';
import { Severity, TicketChannel, TicketKind } from '../modules/service-desk/ticket.entity';
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
    await tickets.act(tech, fixed.id, { action: TicketAction.RESOLVE, text: '風扇軸承鬆脫，已更換；建議出廠檢驗加測噪音。' });
    await open(TicketKind.RETURN_REPAIR, Severity.MEDIUM, '熱水器退貨申請', '客戶購買兩週，希望退貨。', { contactName: '黃先生', contactPhone: '0922-555-018', product: 'HW-300' });
  });
}
