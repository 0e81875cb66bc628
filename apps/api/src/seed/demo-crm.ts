import type { EntityManager } from '@mikro-orm/knex';
import { OrgUnit } from '../modules/org/org-unit.entity';
import { BonusRuleKind } from '../modules/loyalty/program.entity';
import { systemContext } from '../jobs/system-context';
import type { Services } from '../services';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { TierDefinitionInput } from '../modules/crm/crm.inputs';
import { ContactChannel, PreferredLanguage } from '../modules/crm/customer.entity';

const SURNAMES = '陳林黃張李王吳劉蔡楊許鄭謝洪郭邱曾廖賴徐周葉蘇莊呂江何蕭羅高潘簡朱鍾彭游詹胡施沈余盧梁趙顏柯翁魏孫戴';
const GIVEN = ['志明', '淑芬', '美玲', '家豪', '怡君', '俊傑', '雅婷', '建宏', '佳穎', '宗翰', '欣怡', '冠宇', '詩涵', '承恩', '思妤', '柏翰', '宜蓁', '彥廷', '子涵', '明哲', '雅雯', '文彬', '秀英', '國華', '麗華', '振宇', '玉珍', '偉倫', '靜宜', '嘉玲'];
const TAGS = ['常客', 'VIP', '企業客戶', '家庭', '學生', '長者', '新客', '線上'];
const PRODUCTS: [string, string, number][] = [
  ['WF-220', '淨水器濾心', 880],
  ['WF-900', '逆滲透淨水器', 12800],
  ['AC-110', '空氣清淨機', 6990],
  ['SV-01', '到府保養服務', 1500],
  ['SV-02', '延長保固一年', 2400],
  ['AC-F1', '清淨機濾網', 650],
  ['HW-300', '電熱水器', 9800],
];

export const demoTiers: TierDefinitionInput[] = [
  { code: 'SILVER', name: '銀卡會員', nameZhHans: '银卡会员', nameEn: 'Silver', rank: 1, color: '#8c8c8c', minWindowPurchases: 2, pointsMultiplier: 1, servicePriority: 0, birthdayBonusPoints: 50, memberOffers: ['會員價 95 折'], graceDays: 30 },
  { code: 'GOLD', name: '金卡會員', nameZhHans: '金卡会员', nameEn: 'Gold', rank: 2, color: '#ad6800', minWindowSpend: 1_000_000, minWindowPurchases: 4, pointsMultiplier: 1.5, servicePriority: 1, birthdayBonusPoints: 200, memberOffers: ['會員價 9 折', '免費到府保養一次'], graceDays: 60 },
  { code: 'PLATINUM', name: '白金會員', nameZhHans: '白金会员', nameEn: 'Platinum', rank: 3, color: '#1d39c4', minWindowSpend: 3_000_000, minWindowPurchases: 6, maxDaysSinceLastPurchase: 120, pointsMultiplier: 2, servicePriority: 2, birthdayBonusPoints: 500, memberOffers: ['會員價 85 折', '專屬客服專線', '新品優先體驗'], graceDays: 90 },
] as TierDefinitionInput[];

/**
 * The demo station's customers (R-CRM-1): files, eighteen months of purchases posted through
 * the same service a POS uses (so tiers, points, lots and the timeline are what they would
 * be), a few redemptions, a refund, an override and win-back tasks.
 */
export async function seedDemoCrm(em: EntityManager, deps: { services: Services; config: Config; log: Logger }, count = 120): Promise<void> {
  const station = await em.findOneOrFail(OrgUnit, { code: 'ST-TPE' });
  const now = Date.now();
  let clock = now - 540 * 86_400_000;
  const deps2 = { ...deps, now: () => new Date(clock) };
  await em.transactional(async (tx) => {
    const ctx = systemContext(tx, deps2, 'demo');
    const { services } = deps;
    await services.tiers.publish(ctx, { tiers: demoTiers, windowDays: 365 } as never, 0);
    // One point per NT$100, as the stations' point cards have it.
    await services.loyalty.updateProgram(ctx, { pointsPerCurrencyUnit: 0.01, lotExpiryDays: 365 });
    await services.loyalty.saveBonusRule(ctx, { code: 'WELCOME', name: '首購禮 100 點', kind: BonusRuleKind.FIRST_PURCHASE, fixedPoints: 100, extraMultiplier: 0, active: true });
    await services.loyalty.saveBonusRule(ctx, { code: 'BIRTHDAY', name: '生日月加碼 50%', kind: BonusRuleKind.BIRTHDAY_MONTH, fixedPoints: 0, extraMultiplier: 0.5, active: true });
    await services.loyalty.saveBonusRule(ctx, { code: 'SURVEY', name: '完成滿意度調查 30 點', kind: BonusRuleKind.SURVEY_COMPLETED, fixedPoints: 30, extraMultiplier: 0, active: true });
    const rnd = prng(20261123);
    const customers: string[] = [];
    for (let i = 0; i < count; i++) {
      const name = SURNAMES[Math.floor(rnd() * SURNAMES.length)]! + GIVEN[Math.floor(rnd() * GIVEN.length)]!;
      const mobile = `09${String(10_000_000 + i * 7919).slice(0, 8)}`;
      const year = 1955 + Math.floor(rnd() * 50);
      const birthday = `${year}-${pad(1 + Math.floor(rnd() * 12))}-${pad(1 + Math.floor(rnd() * 28))}`;
      const c = await services.customers.create(ctx, {
        name,
        phones: [mobile],
        email: rnd() < 0.6 ? `c${1000 + i}@mail.example` : null,
        birthday,
        address: rnd() < 0.7 ? `台北市中山區南京東路${1 + Math.floor(rnd() * 5)}段${1 + Math.floor(rnd() * 300)}號` : null,
        preferredLanguage: rnd() < 0.85 ? PreferredLanguage.ZH_HANT : rnd() < 0.5 ? PreferredLanguage.ZH_HANS : PreferredLanguage.EN,
        preferredChannel: [ContactChannel.PHONE, ContactChannel.SMS, ContactChannel.LINE, ContactChannel.EMAIL][Math.floor(rnd() * 4)]!,
        tags: TAGS.filter(() => rnd() < 0.15),
        preferences: rnd() < 0.3 ? '偏好平日下午到府服務' : null,
        marketingConsent: rnd() < 0.7,
        homeStationId: station.id,
      });
      customers.push(c.id);
      // A unit of work that keeps every seeded row makes each flush slower than the last.
      tx.clear();
    }
    // Purchases in time order across customers, so tiers rise as they would have.
    const plan: { at: number; customer: string }[] = [];
    customers.forEach((id, i) => {
      const loyal = i % 9 === 0 ? 10 : i % 4 === 0 ? 6 : i % 3 === 0 ? 3 : Math.floor(rnd() * 3);
      for (let k = 0; k < loyal; k++) plan.push({ at: now - Math.floor(rnd() * 530 * 86_400_000) - 3_600_000, customer: id });
    });
    plan.sort((a, b) => a.at - b.at);
    let order = 1;
    for (const p of plan) {
      clock = p.at;
      const picks = PRODUCTS.filter(() => rnd() < 0.35);
      const items = (picks.length ? picks : [PRODUCTS[0]!]).map(([sku, name, price]) => ({ sku, name, quantity: 1 + Math.floor(rnd() * 2), unitPrice: price * 100 }));
      const amount = items.reduce((s, i) => s + i.quantity * i.unitPrice, 0);
      await services.purchases.record(ctx, { externalOrderId: `POS-TPE-${String(order++).padStart(6, '0')}`, customerId: p.customer, stationId: station.id, amount, items, occurredAt: new Date(p.at) });
      tx.clear();
    }
    clock = now;
    await services.loyalty.expireAll(ctx);
    for (const id of customers.slice(0, 12)) {
      const { balance } = await services.loyalty.balance(ctx, id);
      if (balance >= 50) await services.loyalty.redeemPoints(ctx, { customerId: id, points: 50, reason: '兌換濾心折價券', idempotencyKey: `demo-redeem-${id}` });
    }
    await services.purchases.refund(ctx, { externalOrderId: 'POS-TPE-000003', reason: '商品瑕疵退貨' });
    await services.tiers.override(ctx, { customerId: customers[5]!, tierId: (await services.tiers.list(ctx)).find((t) => t.code === 'GOLD')!.id, reason: '企業合作客戶，經市場部核准', expiresAt: new Date(now + 180 * 86_400_000) });
    await services.loyalty.requestAdjustment(ctx, { customerId: customers[7]!, points: 100, reason: '客訴補償（單號 CS-2026-118）' });
    await services.tiers.evaluateAll(ctx, 'evaluate');
    await services.care.createWinBackTasks(ctx, { days: 180, dueInDays: 14 });
  });
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A small deterministic generator, so every demo database looks the same. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
