// Seeds the service-desk bench on the org of the normal bench seed: a few thousand customers
// homed at its sites and two years of cases opened at those sites, handled by their staff
// (mostly closed, a working backlog open), with SLA due times as the desk would have set them.
require('reflect-metadata');
const path = require('node:path');
const { seedBench } = require('./seed.cjs');
const { bulkWriter, pad, prng, stamp, uuid } = require('./seed-lib.cjs');
const dist = path.join(__dirname, '..', 'dist');
const { openOrm, dbTarget } = require(path.join(dist, 'db/orm'));

const MINUTE = 60_000;
const DAY = 1440 * MINUTE;
const SURNAMES = '陳林黃張李王吳劉蔡楊許鄭謝洪郭邱曾廖賴徐周葉蘇莊呂江何蕭羅高';
const GIVEN = ['志明', '淑芬', '美玲', '家豪', '怡君', '俊傑', '雅婷', '建宏', '佳穎', '宗翰', '欣怡', '冠宇'];
const PRODUCTS = ['淨水器濾心', '逆滲透淨水器', '空氣清淨機', '到府保養服務', '清淨機濾網', '電熱水器'];
const SUBJECTS = {
  INQUIRY: ['濾心更換週期詢問', '保固範圍詢問', '到府服務時段詢問', '會員點數查詢'],
  COMPLAINT: ['安裝後接頭漏水', '技師遲到', '帳單金額有誤', '服務態度不佳'],
  TECH_SUPPORT: ['出水量變小', '機器異音', '指示燈閃爍', '無法開機'],
  RETURN_REPAIR: ['主機板故障送修', '馬達更換', '退貨申請', '外殼破損換新'],
};
/** Resolution targets in wall-clock minutes, roughly the business-minute targets over a working week. */
const RESOLUTION = { INQUIRY: 2 * DAY, COMPLAINT: 3 * DAY, TECH_SUPPORT: 5 * DAY, RETURN_REPAIR: 10 * DAY };
const FIRST_RESPONSE = { CRITICAL: 90 * MINUTE, HIGH: 3 * 60 * MINUTE, MEDIUM: 6 * 60 * MINUTE, LOW: DAY };

/** A weighted choice: `table` is [value, weight] pairs whose weights sum to 1. */
const weighted = (rnd, table) => {
  let r = rnd();
  for (const [v, w] of table) if ((r -= w) < 0) return v;
  return table[table.length - 1][0];
};

async function seedServiceDesk(dataDir, databaseUrl, { tickets: count, customers: customerCount }) {
  const started = Date.now();
  const base = await seedBench(dataDir, databaseUrl);
  const orm = await openOrm(dbTarget(databaseUrl, dataDir));
  const isPg = !!databaseUrl;
  const knex = orm.em.fork().getKnex();
  const now = Date.now();
  const sites = await knex('org_unit').where('kind', 'FIELD_SITE').select('id', 'parent_id').orderBy('code');
  const staff = await knex('employee').select('id', 'unit_id');
  const staffOf = new Map();
  for (const e of staff) staffOf.set(e.unit_id, [...(staffOf.get(e.unit_id) ?? []), e.id]);

  const { table, finish } = await bulkWriter(knex, isPg);
  const customerT = table('customer', {
    id: 's', created_at: 'd', updated_at: 'd', code: 's', name: 's', phones: 'j', tags: 'j', marketing_consent: 'z', home_station_id: 's', lifetime_spend_cents: 'b', purchase_count: 'i',
  });
  const ticketT = table('ticket', {
    id: 's', created_at: 'd', updated_at: 'd', number: 's', kind: 't', channel: 't', severity: 't', status: 't', customer_id: 's', contact_name: 's', contact_phone: 's',
    subject: 's', content: 't', product: 's', station_id: 's', unit_id: 's', assignee_id: 's', priority: 'i', first_response_due_at: 'd', first_responded_at: 'd',
    next_update_due_at: 'd', resolution_due_at: 'd', resolved_at: 'd', first_response_breached: 'z', resolution_breached: 'z', warned_at: 'd', escalation_level: 'i', opened_at: 'd',
  }, [customerT]);

  const rnd = prng(20261215);
  const pick = (a) => a[Math.floor(rnd() * a.length)];
  const name = () => SURNAMES[Math.floor(rnd() * SURNAMES.length)] + pick(GIVEN);
  const customers = [];
  for (let i = 0; i < customerCount; i++) {
    const id = uuid(now - 800 * DAY + i * 1000);
    const site = sites[i % sites.length];
    // About one in seven has a tier giving priority service (R-CRM-2).
    customers.push({ id, site, priority: rnd() < 0.15 ? 1 : 0 });
    await customerT.add([id, now - 800 * DAY, now - 800 * DAY, `C${pad(i + 1, 7)}`, name(), [`09${pad(20_000_000 + i * 41, 8)}`], [], rnd() < 0.5, site.id, 0, 0]);
  }
  const year = new Date(now).getUTCFullYear();
  const span = 730 * DAY;
  for (let i = 0; i < count; i++) {
    const openedAt = now - span + Math.floor((i / count) * span) + Math.floor(rnd() * 60_000);
    const age = now - openedAt;
    const kind = weighted(rnd, [['INQUIRY', 0.45], ['TECH_SUPPORT', 0.25], ['COMPLAINT', 0.15], ['RETURN_REPAIR', 0.15]]);
    const severity = weighted(rnd, [['LOW', 0.3], ['MEDIUM', 0.45], ['HIGH', 0.2], ['CRITICAL', 0.05]]);
    // Older cases are mostly done; the backlog is the last weeks' cases and a long tail of repairs.
    const status = age > 60 * DAY
      ? weighted(rnd, [['CLOSED', 0.93], ['RESOLVED', 0.05], ['WAITING_CUSTOMER', 0.01], ['IN_PROGRESS', 0.01]])
      : weighted(rnd, [['CLOSED', 0.35], ['RESOLVED', 0.15], ['IN_PROGRESS', 0.25], ['OPEN', 0.15], ['WAITING_CUSTOMER', 0.1]]);
    const walkIn = rnd() < 0.15;
    const customer = walkIn ? null : pick(customers);
    const station = customer ? customer.site : pick(sites);
    // One case in ten handed over to the business department above the site.
    const unitId = rnd() < 0.1 ? station.parent_id : station.id;
    const assignee = status === 'OPEN' && rnd() < 0.3 ? null : pick(staffOf.get(unitId));
    const priority = customer?.priority ?? 0;
    const scale = priority ? 0.5 : 1;
    const firstDue = openedAt + FIRST_RESPONSE[severity] * scale;
    const resolutionDue = openedAt + RESOLUTION[kind] * scale;
    const responded = status === 'OPEN' ? null : openedAt + Math.floor(rnd() * FIRST_RESPONSE[severity] * 1.5);
    const resolved = status === 'RESOLVED' || status === 'CLOSED' ? openedAt + Math.floor(rnd() * RESOLUTION[kind] * 1.3) : null;
    const subject = pick(SUBJECTS[kind]);
    await ticketT.add([
      uuid(openedAt), openedAt, resolved ?? responded ?? openedAt, `TKT-${year}-${pad(i + 1, 6)}`, kind, weighted(rnd, [['PHONE', 0.55], ['ONLINE', 0.2], ['VISIT', 0.15], ['EMAIL', 0.1]]), severity, status,
      customer?.id ?? null, walkIn ? name() : null, walkIn ? `09${pad(30_000_000 + i, 8)}` : null, subject, `${subject}，請協助處理。`, kind === 'INQUIRY' ? null : pick(PRODUCTS),
      station.id, unitId, assignee, priority, firstDue, responded, responded && !resolved ? responded + DAY : null, resolutionDue, resolved,
      responded ? responded > firstDue : firstDue < now, (resolved ?? now) > resolutionDue, null, (resolved ?? now) > resolutionDue ? 2 : 0, openedAt,
    ]);
  }
  const tables = [customerT, ticketT];
  await finish(tables);
  await knex('sequence').insert({ name: `ticket:${year}`, value: count });
  await knex.raw(isPg ? 'vacuum analyze' : 'analyze');
  await orm.close(true);
  return { ...base, rows: Object.fromEntries(tables.map((t) => [t.name, t.total])), seedMs: Date.now() - started };
}

/**
 * Turns every case into an open one, as a desk with a backlog of that size would hold it
 * between two sweeps: resolution due over the next thirty days, a few minutes' worth of
 * cases just past a due time and not yet flagged, nothing warned yet. Due times come from the
 * case number, so both dialects get the same backlog.
 */
async function openBacklog(dataDir, databaseUrl) {
  const orm = await openOrm(dbTarget(databaseUrl, dataDir));
  const knex = orm.em.fork().getKnex();
  const n = `cast(substr(number, 10) as bigint)`;
  const resolutionMinutes = `((${n} * 7919) % 43200 - 300)`;
  const firstMinutes = `((${n} * 104729) % 2880 - 60)`;
  const at = databaseUrl ? (minutes) => `now() + ${minutes} * interval '1 minute'` : (minutes) => `${Date.now()} + ${minutes} * 60000`;
  const no = databaseUrl ? 'false' : '0';
  const started = Date.now();
  const r = await knex.raw(`update ticket set
      status = case when first_responded_at is null then 'OPEN' else 'IN_PROGRESS' end,
      resolved_at = null, paused_at = null, warned_at = null, escalation_level = 0,
      first_response_breached = ${no}, resolution_breached = ${no},
      opened_at = ${at(`(${resolutionMinutes} - 4320)`)},
      resolution_due_at = ${at(resolutionMinutes)},
      first_response_due_at = case when first_responded_at is null then ${at(firstMinutes)} else first_response_due_at end`);
  await knex.raw(databaseUrl ? 'vacuum analyze ticket' : 'analyze');
  const [{ n: open }] = await knex('ticket').whereIn('status', ['OPEN', 'IN_PROGRESS']).count({ n: '*' });
  await orm.close(true);
  return { open: Number(open), ms: Date.now() - started, changed: r.rowCount ?? r.changes };
}

module.exports = { seedServiceDesk, openBacklog };
