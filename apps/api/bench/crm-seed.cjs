// Seeds the CRM bench: the org of the normal bench seed, three tiers, customers homed at its
// 90 sites, their purchases, and a points ledger whose accounts and lots agree with it.
// Rows go straight into the tables in large batches (unnest arrays on PostgreSQL, prepared
// multi-row statements in one transaction on SQLite): through GraphQL, a million ledger
// rows would take longer than the whole bench.
require('reflect-metadata');
const crypto = require('node:crypto');
const path = require('node:path');
const { seedBench } = require('./seed.cjs');
const { bulkWriter, pad, prng, uuid } = require('./seed-lib.cjs');
const dist = path.join(__dirname, '..', 'dist');
const { openOrm, dbTarget } = require(path.join(dist, 'db/orm'));
const { demoTiers } = require(path.join(dist, 'seed/demo-crm'));

const SURNAMES = '陳林黃張李王吳劉蔡楊許鄭謝洪郭邱曾廖賴徐周葉蘇莊呂江何蕭羅高潘簡朱鍾彭游詹胡施沈余盧梁趙顏柯翁魏孫戴歐陽';
const GIVEN = ['志明', '淑芬', '美玲', '家豪', '怡君', '俊傑', '雅婷', '建宏', '佳穎', '宗翰', '欣怡', '冠宇', '詩涵', '承恩', '思妤', '柏翰', '宜蓁', '彥廷', '子涵', '明哲', '雅雯', '文彬', '秀英', '國華', '麗華', '振宇', '玉珍', '偉倫', '靜宜', '嘉玲', '偉', '芳', '磊', '婷', '軍', '靜'];
const TAGS = ['常客', 'VIP', '企業客戶', '家庭', '學生', '長者', '新客', '線上'];
const PRODUCTS = [['WF-220', '淨水器濾心', 880], ['WF-900', '逆滲透淨水器', 12800], ['AC-110', '空氣清淨機', 6990], ['SV-01', '到府保養服務', 1500], ['AC-F1', '清淨機濾網', 650], ['HW-300', '電熱水器', 9800]];
const DAY = 86_400_000;
const LOT_DAYS = 365;

/**
 * Seeds `customers` customers and about `ledgerRows` points entries (ten per customer on
 * average). Returns what the bench needs: a login, customer ids, and a filter that matches.
 */
async function seedCrm(dataDir, databaseUrl, { customers: count, ledgerRows }) {
  const started = Date.now();
  const base = await seedBench(dataDir, databaseUrl);
  const orm = await openOrm(dbTarget(databaseUrl, dataDir));
  const knex = orm.em.fork().getKnex();
  const isPg = !!databaseUrl;
  const now = Date.now();
  const sites = (await knex('org_unit').select('id', 'code').where('kind', 'FIELD_SITE').orderBy('code')).map((u) => u.id);

  // The demo tiers, published once (rules version 1), one point per NT$100.
  const tierIds = demoTiers.map(() => uuid(now));
  await knex('tier').insert(
    demoTiers.map((t, i) => ({
      id: tierIds[i], created_at: isPg ? new Date(now) : now, updated_at: isPg ? new Date(now) : now,
      code: t.code, name: t.name, name_zh_hans: t.nameZhHans, name_en: t.nameEn, rank: t.rank, color: t.color,
      min_lifetime_spend_cents: t.minLifetimeSpend ?? null, min_window_spend_cents: t.minWindowSpend ?? null,
      min_window_purchases: t.minWindowPurchases ?? null, max_days_since_last_purchase: t.maxDaysSinceLastPurchase ?? null,
      points_multiplier: t.pointsMultiplier, service_priority: t.servicePriority, birthday_bonus_points: t.birthdayBonusPoints,
      member_offers: JSON.stringify(t.memberOffers), grace_days: t.graceDays, retired_at: null,
    })),
  );
  await knex('crm_settings').insert({ id: 1, tier_window_days: 365, lost_after_days: 180, tier_rules_version: 1, tier_rules_published_at: isPg ? new Date(now) : now, tier_rules_published_by: '基準' });
  await knex('loyalty_program').insert({ id: 1, points_per_currency_unit: 0.01, lot_expiry_days: LOT_DAYS });

  const { table, finish } = await bulkWriter(knex, isPg);
  const customerT = table('customer', {
    id: 's', created_at: 'd', updated_at: 'd', code: 's', name: 's', phones: 'j', email: 's', birthday: 's', birth_month_day: 's', address: 's',
    preferred_language: 't', preferred_channel: 't', tags: 'j', preferences: 't', marketing_consent: 'z', consent_changed_at: 'd', home_station_id: 's',
    tier_id: 's', tier_since: 'd', tier_below_since: 'd', lifetime_spend_cents: 'b', purchase_count: 'i', first_purchase_at: 'd', last_purchase_at: 'd',
  });
  const phoneT = table('customer_phone', { phone: 's', customer_id: 's' }, [customerT]);
  const tagT = table('customer_tag', { customer_id: 's', tag: 's' }, [customerT]);
  const purchaseT = table('purchase', {
    id: 's', created_at: 'd', updated_at: 'd', external_order_id: 's', content_hash: 's', customer_id: 's', station_id: 's', amount_cents: 'b', items: 'j',
    occurred_at: 'd', status: 't', recorded_by: 's', points_earned: 'i',
  }, [customerT]);
  const entryT = table('points_entry', {
    id: 's', customer_id: 's', kind: 't', points: 'i', balance_after: 'i', reason: 's', source: 's', idempotency_key: 's', purchase_id: 's', actor_name: 's', at: 'd',
  }, [customerT, purchaseT]);
  const lotT = table('points_lot', { id: 's', customer_id: 's', entry_id: 's', points: 'i', remaining: 'i', earned_at: 'd', expires_at: 'd' }, [customerT, entryT]);
  const useT = table('points_lot_use', { entry_id: 's', lot_id: 's', points: 'i' }, [entryT, lotT]);
  const accountT = table('points_account', { customer_id: 's', balance: 'i', debt: 'i', updated_at: 'd' }, [customerT]);

  const rnd = prng(20261124);
  const pick = (a) => a[Math.floor(rnd() * a.length)];
  const perCustomer = ledgerRows / count;
  let entriesLeft = ledgerRows;
  let order = 0;
  const ids = [];
  const tierCount = [0, 0, 0, 0];
  // Customers are created oldest first, so id order (the tier batches' order) is creation order.
  for (let i = 0; i < count; i++) {
    const createdAt = now - 900 * DAY + Math.floor((i / count) * 880 * DAY);
    const id = uuid(createdAt);
    ids.push(id);
    const station = sites[i % sites.length];
    // Purchases over the last 18 months: a long tail of one-off buyers, a core of regulars.
    const r = rnd();
    const nPurchases = r < 0.15 ? 0 : r < 0.45 ? 1 : r < 0.7 ? 2 + Math.floor(rnd() * 2) : r < 0.92 ? 4 + Math.floor(rnd() * 3) : 7 + Math.floor(rnd() * 6);
    const purchases = [];
    for (let k = 0; k < nPurchases; k++) {
      const [sku, name, price] = pick(PRODUCTS);
      const quantity = 1 + Math.floor(rnd() * 3);
      const occurredAt = Math.max(createdAt, now - 540 * DAY) + Math.floor(rnd() * Math.min(540 * DAY, now - createdAt - 3_600_000));
      purchases.push({ id: uuid(occurredAt), sku, name, quantity, amount: price * quantity * 100, occurredAt });
    }
    purchases.sort((a, b) => a.occurredAt - b.occurredAt);
    const spend = purchases.reduce((s, p) => s + p.amount, 0);
    // The tier as of the last purchase counting every purchase: evaluation then finds those
    // whose purchases have since left the window and starts their grace periods.
    const earned = nPurchases >= 6 && spend >= 3_000_000 ? 2 : nPurchases >= 4 && spend >= 1_000_000 ? 1 : nPurchases >= 2 ? 0 : -1;
    // A few files imported with a tier below what they earn, so evaluation upgrades some too.
    const tier = earned >= 0 && rnd() < 0.03 ? earned - 1 : earned;
    tierCount[tier + 1]++;
    const tags = TAGS.filter((_, t) => rnd() < (t === 0 ? 0.3 : t === 1 ? 0.08 : 0.12));
    const year = 1950 + Math.floor(rnd() * 55);
    const birthday = `${year}-${pad(1 + Math.floor(rnd() * 12))}-${pad(1 + Math.floor(rnd() * 28))}`;
    const phone = `09${pad(10_000_000 + i * 37, 8)}`;
    await customerT.add([
      id, createdAt, createdAt, `C${pad(i + 1, 7)}`, pick(SURNAMES) + pick(GIVEN), [phone], rnd() < 0.6 ? `c${i + 1}@mail.example` : null, birthday, birthday.slice(5),
      rnd() < 0.7 ? `臺北市中山區民生東路${1 + (i % 300)}號` : null, rnd() < 0.85 ? 'ZH_HANT' : rnd() < 0.5 ? 'ZH_HANS' : 'EN', pick(['PHONE', 'SMS', 'LINE', 'EMAIL']),
      tags, rnd() < 0.1 ? '偏好週末到府服務' : null, rnd() < 0.55, createdAt, station,
      tier >= 0 ? tierIds[tier] : null, tier >= 0 ? purchases[purchases.length - 1].occurredAt : null, null, spend, nPurchases,
      purchases[0]?.occurredAt ?? null, purchases[purchases.length - 1]?.occurredAt ?? null,
    ]);
    await phoneT.add([phone, id]);
    for (const tag of tags) await tagT.add([id, tag]);
    for (const p of purchases) {
      order++;
      await purchaseT.add([
        p.id, p.occurredAt, p.occurredAt, `POS-${pad(order, 8)}`, crypto.createHash('sha256').update(String(order)).digest('hex'), id, station, p.amount,
        [{ sku: p.sku, name: p.name, quantity: p.quantity, unitPriceCents: p.amount / p.quantity }], p.occurredAt, 'RECORDED', 'POS 基準', Math.floor(p.amount / 10_000),
      ]);
    }

    // The ledger within the lots' lifetime, so nothing is due to expire while the bench runs:
    // earnings (from the purchases in that span, and from campaigns) and redemptions.
    const nEntries = i === count - 1 ? entriesLeft : Math.max(1, Math.min(entriesLeft - (count - i - 1), Math.round(perCustomer * (0.4 + rnd() * 1.2))));
    entriesLeft -= nEntries;
    const since = now - 300 * DAY;
    const recent = purchases.filter((p) => p.occurredAt > since);
    const times = Array.from({ length: nEntries }, () => since + Math.floor(rnd() * (300 * DAY - 3_600_000))).sort((a, b) => a - b);
    const lots = [];
    const uses = [];
    let balance = 0;
    for (let k = 0; k < nEntries; k++) {
      const t = times[k];
      const entryId = uuid(t);
      const redeem = k > 0 && balance >= 20 && rnd() < 0.25;
      if (redeem) {
        const points = Math.max(10, Math.floor(balance * (0.2 + rnd() * 0.5)));
        let left = points;
        for (const lot of lots) {
          if (!left) break;
          const take = Math.min(lot.remaining, left);
          if (!take) continue;
          lot.remaining -= take;
          left -= take;
          uses.push([entryId, lot.id, take]);
        }
        balance -= points;
        await entryT.add([entryId, id, 'REDEEM', -points, balance, '兌換商品', 'API', `seed:${entryId}`, null, '會員網站', t]);
      } else {
        const p = recent.shift();
        const points = p ? Math.floor(p.amount / 10_000) || 1 : 10 + Math.floor(rnd() * 190);
        balance += points;
        await entryT.add([entryId, id, 'EARN', points, balance, p ? `Purchase (×1)` : '活動贈點', p ? 'PURCHASE' : 'API', p ? `purchase:${p.id}` : `seed:${entryId}`, p ? p.id : null, p ? 'POS 基準' : '會員網站', t]);
        lots.push({ id: uuid(t), entryId, points, remaining: points, t });
      }
    }
    for (const lot of lots) await lotT.add([lot.id, id, lot.entryId, lot.points, lot.remaining, lot.t, lot.t + LOT_DAYS * DAY]);
    for (const u of uses) await useT.add(u);
    await accountT.add([id, balance, 0, times[times.length - 1]]);
  }
  // Parents before children, for the foreign keys.
  const tables = [customerT, phoneT, tagT, purchaseT, entryT, lotT, useT, accountT];
  await finish(tables);
  // A database in service has planner statistics and, on PostgreSQL, a visibility map from
  // autovacuum (which index-only scans need); a freshly loaded one has neither.
  await knex.raw(isPg ? 'vacuum analyze' : 'analyze');
  await orm.close(true);
  return {
    ...base,
    customerIds: ids,
    rows: Object.fromEntries(tables.map((t) => [t.name, t.total])),
    tiers: Object.fromEntries(demoTiers.map((t, i) => [t.code, tierIds[i]])),
    tierCount: { none: tierCount[0], SILVER: tierCount[1], GOLD: tierCount[2], PLATINUM: tierCount[3] },
    seedMs: Date.now() - started,
  };
}

module.exports = { seedCrm };
