import type { EntityManager } from '@mikro-orm/knex';
import { OrgUnit } from '../modules/org/org-unit.entity';
import { Employee } from '../modules/org/employee.entity';
import { systemContext } from '../jobs/system-context';
import type { Ctx } from '../context';
import type { Services } from '../services';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { demoKeyPeople } from './demo-data';

/**
 * The demo station's paperwork (R-FLOW-3…8): budgets for the customer-service dept, and
 * documents in every state so the inbox, the document pages and the history have
 * something real to show. Everything goes through the engine, as a person would.
 */
export async function seedDemoProcesses(em: EntityManager, deps: { services: Services; config: Config; log: Logger }): Promise<void> {
  const { services } = deps;
  await em.transactional(async (tx) => {
    const base = systemContext(tx, { ...deps, now: () => new Date() }, 'demo');
    const person = async (employeeNo: string): Promise<Ctx> => {
      const e = await tx.findOneOrFail(Employee, { employeeNo });
      return { ...base, actor: { type: 'USER', id: `demo:${employeeNo}`, name: e.name, employeeId: e.id } };
    };
    const headOf = async (code: string): Promise<Ctx> => {
      const unit = await tx.findOneOrFail(OrgUnit, { code }, { populate: ['head'] });
      return person(unit.head!.employeeNo);
    };
    const year = new Date().getUTCFullYear();
    const cs = await tx.findOneOrFail(OrgUnit, { code: 'ST-TPE-CS' });
    for (const [category, amount] of [['TRAVEL', 3_000_000], ['MEALS', 800_000], ['SUPPLIES', 1_500_000], ['TRAINING', 2_000_000]] as const) {
      await services.budgets.set(base, { unitId: cs.id, year, category, amount });
    }
    const agent = await person(demoKeyPeople.csAgent);
    const csHead = await person(demoKeyPeople.csHead);
    const finance = await headOf('HQ-FIN');
    const claim = (amount: string, reason: string, category = 'TRAVEL', place = '台北市中山區') =>
      services.processes.submitExpenseClaim(agent, { date: new Date().toISOString().slice(0, 10), place, reason, amount: Math.round(Number(amount) * 100), category, invoices: [{ fileName: '發票.pdf', mimeType: 'application/pdf', contentBase64: Buffer.from('%PDF-1.4 demo invoice').toString('base64') }] });

    // Waiting for the department head.
    await claim('680.00', '拜訪企業客戶計程車資');
    // Approved by the head, waiting for finance.
    const atFinance = await claim('1250.00', '客戶教育訓練場地費', 'TRAINING', '台北國際會議中心');
    await services.processes.decide(csHead, atFinance.id, 'APPROVE', '同意');
    // Through both steps: approved and booked against the budget.
    const approved = await claim('420.00', '到府維修停車費');
    await services.processes.decide(csHead, approved.id, 'APPROVE', null);
    await services.processes.decide(finance, approved.id, 'APPROVE', '憑證齊全');
    // Rejected by finance with a reason the agent sees.
    const rejected = await claim('2400.00', '客戶餐敘', 'MEALS', '台北市信義區');
    await services.processes.decide(csHead, rejected.id, 'APPROVE', null);
    await services.processes.decide(finance, rejected.id, 'REJECT', '餐敘需事先簽准，請補事前申請單');
    // A staff material request with the valuable-item step.
    const laptop = await services.processes.create(agent, 'STAFF_MATERIAL_REQUEST', { itemName: '筆記型電腦', spec: '14 吋', quantity: 1, purpose: '外勤服務紀錄', valuable: true });
    await services.processes.submit(agent, laptop.id);
    // Freight from a field site, inside the reference price: approved by rule.
    const site = await headOf('BD-N-S1');
    const freight = await services.processes.create(site, 'FREIGHT', { mode: 'HIRED_VEHICLE', shipmentRef: 'TY-20261120-01', amount: '5300.00', referencePrice: '5000.00' });
    await services.processes.submit(site, freight.id);
  });
}
