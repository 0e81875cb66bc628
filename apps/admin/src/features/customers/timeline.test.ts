import { describe, expect, it } from 'vitest';
import { translate, type Locale, type Translate } from '../../shared/i18n';
import { timelineText, type TimelineEvent } from './timeline';

const t =
  (locale: Locale): Translate =>
  (key, vars) =>
    translate(locale, key, vars);
const all = (e: TimelineEvent) => (['zh-Hant', 'zh-Hans', 'en'] as const).map((locale) => timelineText(e, t(locale), locale));

const station = { name: '台北中山服務站', nameEn: 'Taipei Zhongshan' };
const gold = { code: 'GOLD', name: '金卡', nameZhHans: '金卡', nameEn: 'Gold' };
const silver = { code: 'SILVER', name: '銀卡', nameZhHans: '银卡', nameEn: 'Silver' };

describe('timelineText', () => {
  it('words a file opened at a station or imported from a file (R-CRM-1), with the station in the reader’s language', () => {
    expect(all({ kind: 'CUSTOMER_CREATED', summary: station.name, data: { via: 'CONSOLE', station } })).toEqual(['於 台北中山服務站 建檔', '于 台北中山服務站 建档', 'File opened at Taipei Zhongshan']);
    expect(all({ kind: 'CUSTOMER_CREATED', summary: 'a.csv', data: { via: 'IMPORT', fileName: 'a.csv' } })[2]).toBe('File imported from a.csv');
  });

  it('words purchases with and without points, and refunds', () => {
    const purchase = { kind: 'PURCHASE', summary: '1200.50 · 台北中山服務站', data: { externalOrderId: 'POS-1', amount: '1200.50', items: 1, points: 120, station } };
    expect(all(purchase)).toEqual(['於 台北中山服務站 消費 1,200.50,獲得 120 點', '于 台北中山服務站 消费 1,200.50,获得 120 积分', 'Bought 1,200.50 at Taipei Zhongshan, earned 120 points']);
    expect(all({ ...purchase, data: { ...purchase.data, points: 0 } })[2]).toBe('Bought 1,200.50 at Taipei Zhongshan');
    expect(all({ kind: 'REFUND', summary: '', data: { externalOrderId: 'POS-1', amount: '300.00', reason: '退貨' } })[0]).toBe('退款 300.00(訂單 POS-1):退貨');
  });

  it('words a tier override with who and why, and other tier changes with their reason (R-CRM-2)', () => {
    const override = { kind: 'TIER_CHANGE', summary: 'GOLD · 企業合作', data: { change: 'OVERRIDE', from: null, to: gold, by: '王小明', reason: '企業合作' } };
    expect(all(override)).toEqual(['王小明 指定等級為 金卡:企業合作', '王小明 指定等级为 金卡:企業合作', 'Tier set to Gold by 王小明: 企業合作']);
    expect(all({ ...override, data: { ...override.data, to: null, by: null } })[2]).toBe('Tier set to No tier by the system: 企業合作');
    expect(all({ kind: 'TIER_CHANGE', summary: 'GOLD → SILVER', data: { change: 'EVALUATION_DOWNGRADE', from: gold, to: silver } })).toEqual([
      '定期評估降級:金卡 → 銀卡',
      '定期评估降级:金卡 → 银卡',
      'Downgraded at evaluation: Gold → Silver',
    ]);
    const ended = { kind: 'TIER_CHANGE', summary: 'GOLD → — · 合作取消', data: { change: 'OVERRIDE_ENDED', from: gold, to: null, by: '王小明', reason: '合作取消' } };
    expect(all(ended)[2]).toBe('Override ended by 王小明: Gold → No tier (合作取消)');
    expect(all({ ...ended, data: { change: 'OVERRIDE_ENDED', from: gold, to: null } })[2]).toBe('Override ended: Gold → No tier');
  });

  it('words points changes with their kind and reason, and expiry (R-LOY-2)', () => {
    expect(all({ kind: 'POINTS', summary: '-15 · 兌換', data: { entry: 'REDEEM', points: -15, reason: '兌換' } })).toEqual(['兌換 -15 點:兌換', '兑换 -15 积分:兌換', 'Redeemed -15 points: 兌換']);
    expect(all({ kind: 'POINTS', summary: '+120 · 補償', data: { entry: 'ADJUST', points: 120, reason: '補償' } })[2]).toBe('Adjusted +120 points: 補償');
    expect(all({ kind: 'POINTS', summary: '-25', data: { entry: 'EXPIRE', points: -25 } })).toEqual(['25 點到期', '25 积分到期', '25 points expired']);
  });

  it('words cases, their resolution and the follow-up visit by what it found (R-SVC-7)', () => {
    expect(all({ kind: 'TICKET', summary: '', data: { number: 'TKT-2026-000123', subject: '出水量變小' } })[2]).toBe('TKT-2026-000123 出水量變小');
    expect(all({ kind: 'TICKET_RESOLVED', summary: '', data: { number: 'TKT-2026-000123', summary: '更換濾心' } })).toEqual([
      'TKT-2026-000123 已解決:更換濾心',
      'TKT-2026-000123 已解决:更換濾心',
      'TKT-2026-000123 resolved: 更換濾心',
    ]);
    const visit = (reached: boolean, satisfied: boolean | null) => all({ kind: 'FOLLOW_UP', summary: '', data: { number: 'TKT-1', result: '正常', reached, satisfied } })[2];
    expect([visit(true, true), visit(true, false), visit(true, null), visit(false, null)]).toEqual([
      'TKT-1 follow-up, satisfied: 正常',
      'TKT-1 follow-up, not satisfied: 正常',
      'TKT-1 follow-up: 正常',
      'TKT-1 follow-up, not reached: 正常',
    ]);
  });

  it('words a survey by its channel and overall level, saying when an answer was 不滿意 (R-SAT-2, R-SAT-5)', () => {
    const survey = { kind: 'SURVEY', summary: 'R-SAT-2 · 4/5', data: { overall: 'FAIRLY_SATISFIED', complete: true, template: 'R-SAT-2', version: 1, channel: 'ONLINE', dissatisfied: false } };
    expect(all(survey)).toEqual(['滿意度調查(線上):總體評價 比較滿意', '满意度调查(在线):总体评价 比较满意', 'Satisfaction survey (online): overall fairly satisfied']);
    expect(all({ ...survey, data: { ...survey.data, overall: null, channel: 'PHONE', dissatisfied: true } })[0]).toBe('滿意度調查(電話):總體評價 未答;有不滿意項目');
  });

  it('falls back to the stored summary for entries without the facts: older rows, unknown kinds, odd data', () => {
    expect(all({ kind: 'CUSTOMER_CREATED', summary: 'File opened at 台北中山服務站', data: null })[0]).toBe('File opened at 台北中山服務站');
    expect(all({ kind: 'TIER_CHANGE', summary: 'Tier GOLD → SILVER (EVALUATION_DOWNGRADE)', data: { reason: 'EVALUATION_DOWNGRADE', from: 'id-1', to: 'id-2' } })[0]).toBe('Tier GOLD → SILVER (EVALUATION_DOWNGRADE)');
    expect(all({ kind: 'SURVEY', summary: '滿意度調查(線上)', data: { overall: 'FAIRLY_SATISFIED', complete: true } })[2]).toBe('滿意度調查(線上)');
    expect(all({ kind: 'VISIT', summary: '到府拜訪', data: { anything: 1 } })[2]).toBe('到府拜訪');
    expect(all({ kind: 'constructor', summary: 'x', data: {} })[2]).toBe('x');
    expect(all({ kind: 'POINTS', summary: '-5', data: { entry: 'EXPIRE', points: '5' } })[2]).toBe('-5');
  });

  it('names kinds and levels this console does not know by their code rather than a raw key', () => {
    expect(all({ kind: 'POINTS', summary: '', data: { entry: 'GIFT', points: 5, reason: '禮品' } })[2]).toBe('GIFT +5 points: 禮品');
  });
});
