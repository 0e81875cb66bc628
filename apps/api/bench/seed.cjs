// Seeds the bench database: 100 units (company → 9 regions → 90 sites), 10 positions per
// unit, 1,000 employees, and one administrator. Uses the built API (dist/).
require('reflect-metadata');
const path = require('node:path');
const dist = path.join(__dirname, '..', 'dist');
const { openOrm, dbTarget, migrate } = require(path.join(dist, 'db/orm'));
const { ensureRoles } = require(path.join(dist, 'seed/roles'));
const { hashPassword } = require(path.join(dist, 'modules/access/auth.service'));
const { uuidv7 } = require(path.join(dist, 'common/entity'));

const SURNAMES = '陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高';
const GIVEN = ['志明', '淑芬', '建宏', '怡君', '俊傑', '美玲', '家豪', '雅婷', '宗翰', '佳穎', '冠宇', '欣怡'];

async function seedBench(dataDir, databaseUrl) {
  const orm = await openOrm(dbTarget(databaseUrl, dataDir));
  await migrate(orm);
  const em = orm.em.fork();
  const roles = await ensureRoles(em);
  const now = new Date();
  const units = [];
  const company = { id: uuidv7(), code: 'B-HQ', name: '基準集團', kind: 'COMPANY', parent_id: null, depth: 0 };
  company.path = `/${company.id}/`;
  units.push(company);
  for (let r = 0; r < 9; r++) {
    const region = { id: uuidv7(), code: `B-R${r}`, name: `第${r + 1}業務部`, kind: 'BUSINESS_DEPT', parent_id: company.id, depth: 1 };
    region.path = `${company.path}${region.id}/`;
    units.push(region);
    for (let s = 0; s < 10; s++) {
      const site = { id: uuidv7(), code: `B-R${r}-S${s}`, name: `第${r + 1}區現場${s + 1}`, kind: 'FIELD_SITE', parent_id: region.id, depth: 2 };
      site.path = `${region.path}${site.id}/`;
      units.push(site);
    }
  }
  const positions = [];
  const employees = [];
  let n = 0;
  for (const u of units) {
    const head = { id: uuidv7(), code: `BP-${u.code}-0`, title: '主管', unit_id: u.id, superior_id: null, is_head: true };
    positions.push(head);
    for (let p = 1; p < 10; p++) positions.push({ id: uuidv7(), code: `BP-${u.code}-${p}`, title: `專員${p}`, unit_id: u.id, superior_id: head.id, is_head: false });
  }
  for (const p of positions) {
    n++;
    employees.push({
      id: uuidv7(),
      employee_no: `B${String(n).padStart(5, '0')}`,
      name: SURNAMES[n % SURNAMES.length] + GIVEN[n % GIVEN.length],
      email: `b${n}@bench.example`,
      phone: `0912-${String(n).padStart(6, '0').slice(0, 3)}-${String(n).padStart(3, '0').slice(-3)}`,
      unit_id: p.unit_id,
      position_id: p.id,
      hire_date: '2020-01-01',
      status: 'ACTIVE',
    });
  }
  const knex = em.getKnex();
  const stamp = (rows) => rows.map((r) => ({ created_at: now, updated_at: now, ...r }));
  await knex.transaction(async (trx) => {
    await trx.batchInsert('org_unit', stamp(units.map((u, i) => ({ ...u, sort_order: i }))), 200);
    await trx.batchInsert('position', stamp(positions.map((p) => ({ ...p, planned_headcount: 2, summary: '負責本單位日常工作。', duties: JSON.stringify(['執行本崗位職責', '完成上級交辦事項']) }))), 200);
    await trx.batchInsert('employee', stamp(employees), 200);
  });
  const admin = { id: uuidv7(), email: 'bench@stationhub.example', display_name: '基準管理員', password_hash: await hashPassword('Bench-password-1'), locale: 'zh-Hant', status: 'ACTIVE', failed_logins: 0 };
  await knex('app_user').insert(stamp([admin]));
  await knex('user_role').insert(stamp([{ id: uuidv7(), user_id: admin.id, role_id: roles.get('system_admin').id, unit_id: null }]));
  // A database in service has planner statistics; a freshly bulk-loaded one has none until
  // autovacuum runs, and PostgreSQL would plan as if the tables were empty.
  if (databaseUrl) await knex.raw('analyze');
  await orm.close(true);
  return { units: units.length, positions: positions.length, employees: employees.length, email: admin.email, password: 'Bench-password-1' };
}

module.exports = { seedBench };
