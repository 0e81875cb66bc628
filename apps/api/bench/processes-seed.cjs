// Seeds the approval-engine bench on the org of the normal bench seed: unit heads, a finance
// department, logins linked to employees, budgets, and a station head whose inbox holds
// `open` expense claims waiting at their first step, beside a history of approved claims of
// other stations. Documents, steps and actions follow the published EXPENSE_CLAIM definition
// the way the engine would have written them.
require('reflect-metadata');
const path = require('node:path');
const { seedBench } = require('./seed.cjs');
const { bulkWriter, pad, prng, stamp, uuid } = require('./seed-lib.cjs');
const dist = path.join(__dirname, '..', 'dist');
const { openOrm, dbTarget } = require(path.join(dist, 'db/orm'));
const { hashPassword } = require(path.join(dist, 'modules/access/auth.service'));
const { DefinitionService } = require(path.join(dist, 'modules/processes'));
const { formatMoney } = require(path.join(dist, 'common/money'));

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const PASSWORD = 'Bench-password-1';
const PLACES = ['臺北', '新竹', '臺中', '高雄', '上海', '廈門'];
const REASONS = ['客戶拜訪交通費', '站務會議餐費', '辦公用品採購', '外訓課程報名費', '設備搬運計程車費', '夜間值班誤餐費'];
const CATEGORIES = ['TRAVEL', 'MEALS', 'SUPPLIES', 'TRAINING', 'TRANSPORT', 'OTHER'];

/**
 * Returns the logins the bench needs: the head whose inbox is seeded, the applicants of
 * that head's station (who file the new claims) and the finance head.
 */
async function seedProcesses(dataDir, databaseUrl, { open, history }) {
  const started = Date.now();
  await seedBench(dataDir, databaseUrl);
  const orm = await openOrm(dbTarget(databaseUrl, dataDir));
  const isPg = !!databaseUrl;
  const knex = orm.em.fork().getKnex();
  await new DefinitionService().ensureDefaults(orm.em.fork());
  const def = await knex('process_definition').where({ kind: 'EXPENSE_CLAIM', version: 1 }).first();
  const steps = typeof def.steps === 'string' ? JSON.parse(def.steps) : def.steps;
  const now = Date.now();
  const at = (ms) => stamp(isPg, ms);

  // A finance department under head office, for the definition's finance step.
  const company = await knex('org_unit').where({ code: 'B-HQ' }).first();
  const fin = { id: uuid(now), code: 'B-FIN', name: '財務部', kind: 'MANAGEMENT_DEPT', function: 'FINANCE', parent_id: company.id, depth: 1, sort_order: 100 };
  fin.path = `${company.path}${fin.id}/`;
  const finPos = { id: uuid(now), code: 'BP-B-FIN-0', title: '財務經理', unit_id: fin.id, superior_id: null, is_head: true, planned_headcount: 1, summary: '負責費用審核。', duties: JSON.stringify(['審核費用報銷']) };
  const finHead = { id: uuid(now), employee_no: 'B09001', name: '趙財', email: 'fin@bench.example', phone: '0912-900-001', unit_id: fin.id, position_id: finPos.id, hire_date: '2019-03-01', status: 'ACTIVE' };
  const times = { created_at: at(now), updated_at: at(now) };
  await knex('org_unit').insert({ ...fin, ...times });
  await knex('position').insert({ ...finPos, ...times });
  await knex('employee').insert({ ...finHead, ...times });
  // Every unit headed by the holder of its head position, as the org module keeps it.
  await knex.raw(`update org_unit set head_id = (select e.id from employee e join position p on p.id = e.position_id where p.unit_id = org_unit.id and p.is_head = ${isPg ? 'true' : '1'} limit 1)`);

  const staff = await knex('employee as e')
    .join('position as p', 'p.id', 'e.position_id')
    .join('org_unit as u', 'u.id', 'e.unit_id')
    .where('u.kind', 'FIELD_SITE')
    .select('e.id', 'e.name', 'e.unit_id', 'p.is_head', 'u.code', 'u.head_id')
    .orderBy(['u.code', 'e.employee_no']);
  const isHead = (e) => e.is_head === true || e.is_head === 1;
  const site = 'B-R0-S0';
  const head = staff.find((e) => e.code === site && isHead(e));
  const applicants = staff.filter((e) => e.code === site && !isHead(e));
  const others = staff.filter((e) => e.code !== site && !isHead(e));
  const headOf = new Map(staff.filter(isHead).map((e) => [e.unit_id, e]));

  const hash = await hashPassword(PASSWORD);
  const people = [
    { e: head, email: 'head@bench.example', role: 'department_head' },
    { e: finHead, email: 'finance@bench.example', role: 'business_accountant' },
    ...applicants.map((e, i) => ({ e, email: `applicant${i + 1}@bench.example`, role: null })),
  ];
  const roles = new Map((await knex('role').select('id', 'code')).map((r) => [r.code, r.id]));
  for (const p of people) {
    const userId = uuid(now);
    await knex('app_user').insert({ id: userId, email: p.email, display_name: p.e.name, password_hash: hash, employee_id: p.e.id, locale: 'zh-Hant', status: 'ACTIVE', failed_logins: 0, ...times });
    if (p.role) await knex('user_role').insert({ id: uuid(now), user_id: userId, role_id: roles.get(p.role), unit_id: p.e.unit_id, ...times });
  }
  // Budgets large enough that no claim goes over, so every claim takes the two-step path.
  const year = new Date(now).getUTCFullYear();
  const siteIds = [...new Set(staff.map((e) => e.unit_id))];
  await knex.batchInsert('budget', siteIds.flatMap((unit_id) => CATEGORIES.map((category) => ({ id: uuid(now), unit_id, year, category, amount_cents: 1_000_000_000, consumed_cents: 0, ...times }))), 200);
  const budgets = new Map((await knex('budget').select('id', 'unit_id', 'category')).map((b) => [`${b.unit_id}:${b.category}`, b.id]));

  const { table, finish } = await bulkWriter(knex, isPg);
  const docT = table('process_document', {
    id: 's', created_at: 'd', updated_at: 'd', number: 's', kind: 's', definition_id: 's', title: 's', applicant_id: 's', unit_id: 's', status: 't',
    data: 'j', facts: 'j', current_step: 'i', submitted_at: 'd', decided_at: 'd', round: 'i',
  });
  const stepT = table('process_step', {
    id: 's', document_id: 's', round: 'i', index: 'i', key: 's', time_limit_hours: 'i', name: 's', status: 't', assignee_id: 's', opened_at: 'd', due_at: 'd', decided_at: 'd', decided_by_id: 's',
  }, [docT]);
  const actionT = table('process_action', { id: 's', document_id: 's', at: 'd', action: 't', step_index: 'i', actor_name: 's', actor_id: 's', comment: 't' }, [docT]);

  const rnd = prng(20261201);
  const pick = (a) => a[Math.floor(rnd() * a.length)];
  let number = 0;
  const skipped = steps[2].conditions.map((c) => `${c.field} ${c.op} ${JSON.stringify(c.value)}`).join(', ');
  // Approved history first (oldest numbers), then the open inbox: filed over the last two
  // weeks, so some first steps are past their 48-hour limit.
  const total = history + open;
  for (let i = 0; i < total; i++) {
    const inbox = i >= history;
    const applicant = inbox ? applicants[i % applicants.length] : others[i % others.length];
    const approver = headOf.get(applicant.unit_id);
    const createdAt = inbox ? now - 14 * DAY + Math.floor(((i - history) / open) * 14 * DAY) : now - 300 * DAY + Math.floor((i / history) * 280 * DAY);
    const category = pick(CATEGORIES);
    const amount = (50 + Math.floor(rnd() * 4950)) * 100;
    const reason = pick(REASONS);
    const data = { date: new Date(createdAt).toISOString().slice(0, 10), place: pick(PLACES), reason, amount, category };
    const facts = { budgetId: budgets.get(`${applicant.unit_id}:${category}`), budgetRemaining: 1_000_000_000, overBudget: false };
    const id = uuid(createdAt);
    number++;
    const decided1 = createdAt + Math.floor(rnd() * 40 * HOUR);
    const decided2 = decided1 + Math.floor(rnd() * 60 * HOUR);
    await docT.add([
      id, createdAt, inbox ? createdAt : decided2, `EXP-${year}-${pad(number, 6)}`, 'EXPENSE_CLAIM', def.id, `${reason.slice(0, 60)} ${formatMoney(amount)}`, applicant.id, applicant.unit_id,
      inbox ? 'IN_APPROVAL' : 'APPROVED', data, facts, inbox ? 0 : null, createdAt, inbox ? null : decided2, 1,
    ]);
    const due = createdAt + steps[0].timeLimitHours * HOUR;
    if (inbox) {
      await stepT.add([uuid(createdAt), id, 1, 0, steps[0].key, steps[0].timeLimitHours, steps[0].name, 'OPEN', approver.id, createdAt, due, null, null]);
      await stepT.add([uuid(createdAt), id, 1, 1, steps[1].key, steps[1].timeLimitHours, steps[1].name, 'WAITING', null, null, null, null, null]);
    } else {
      await stepT.add([uuid(createdAt), id, 1, 0, steps[0].key, steps[0].timeLimitHours, steps[0].name, 'APPROVED', approver.id, createdAt, due, decided1, approver.id]);
      await stepT.add([uuid(createdAt), id, 1, 1, steps[1].key, steps[1].timeLimitHours, steps[1].name, 'APPROVED', finHead.id, decided1, decided1 + steps[1].timeLimitHours * HOUR, decided2, finHead.id]);
    }
    await stepT.add([uuid(createdAt), id, 1, 2, steps[2].key, steps[2].timeLimitHours, steps[2].name, 'SKIPPED', null, null, null, null, null]);
    await actionT.add([uuid(createdAt), id, createdAt, 'CREATED', null, applicant.name, applicant.id, null]);
    await actionT.add([uuid(createdAt), id, createdAt, 'SUBMITTED', null, applicant.name, applicant.id, null]);
    await actionT.add([uuid(createdAt), id, createdAt, 'STEP_SKIPPED', 2, null, null, skipped]);
    await actionT.add([uuid(createdAt), id, createdAt, 'STEP_OPENED', 0, null, null, approver.name]);
    if (!inbox) {
      await actionT.add([uuid(decided1), id, decided1, 'APPROVED', 0, approver.name, approver.id, null]);
      await actionT.add([uuid(decided1), id, decided1, 'STEP_OPENED', 1, null, null, finHead.name]);
      await actionT.add([uuid(decided2), id, decided2, 'APPROVED', 1, finHead.name, finHead.id, null]);
    }
  }
  const tables = [docT, stepT, actionT];
  await finish(tables);
  // Numbers the engine hands out next continue after the seeded ones.
  await knex('sequence').insert({ name: `document:EXP:${year}`, value: number });
  await knex.raw(isPg ? 'vacuum analyze' : 'analyze');
  await orm.close(true);
  return {
    password: PASSWORD,
    head: { email: 'head@bench.example', name: head.name },
    finance: { email: 'finance@bench.example', name: finHead.name },
    applicants: people.filter((p) => !p.role).map((p) => p.email),
    rows: Object.fromEntries(tables.map((t) => [t.name, t.total])),
    seedMs: Date.now() - started,
  };
}

module.exports = { seedProcesses };
