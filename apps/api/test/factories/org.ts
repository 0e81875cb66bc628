import type { EntityManager } from '@mikro-orm/knex';
import { OrgUnit, UnitFunction, UnitKind } from '../../src/modules/org/org-unit.entity';
import { Position } from '../../src/modules/org/position.entity';
import { Employee, EmployeeStatus } from '../../src/modules/org/employee.entity';

export function unit(em: EntityManager, parent: OrgUnit | null, code: string, name: string, kind: UnitKind, fn: UnitFunction | null = null): OrgUnit {
  const u = em.create(OrgUnit, { code, name, kind, function: fn, parent, depth: parent ? parent.depth + 1 : 0, path: '', sortOrder: 0 } as never);
  u.path = `${parent?.path ?? '/'}${u.id}/`;
  return u;
}

export function position(
  em: EntityManager,
  at: OrgUnit,
  code: string,
  title: string,
  opts: { superior?: Position | null; planned?: number; isHead?: boolean; summary?: string; duties?: string[] } = {},
): Position {
  return em.create(Position, {
    code,
    title,
    unit: at,
    superior: opts.superior ?? null,
    plannedHeadcount: opts.planned ?? 1,
    isHead: opts.isHead ?? false,
    summary: opts.summary ?? '',
    duties: opts.duties ?? [],
  } as never);
}

export function employee(
  em: EntityManager,
  at: OrgUnit,
  pos: Position,
  employeeNo: string,
  name: string,
  opts: { email?: string; phone?: string; status?: EmployeeStatus } = {},
): Employee {
  return em.create(Employee, {
    employeeNo,
    name,
    email: opts.email ?? null,
    phone: opts.phone ?? null,
    unit: at,
    position: pos,
    hireDate: '2024-03-01',
    status: opts.status ?? EmployeeStatus.ACTIVE,
  } as never);
}

/**
 * The materials hierarchy of R-ORG-2 (head office → two regional business depts → two
 * field sites each) beside a station with two departments (R-ORG-1):
 *
 *   HQ 總公司
 *   ├─ R-N 華北業務部 ─ S-BJ 北京現場, S-TJ 天津現場
 *   ├─ R-S 華南業務部 ─ S-GZ 廣州現場, S-SZ 深圳現場
 *   └─ ST 上海服務站 ─ ST-CS 客服部, ST-TS 技術部
 *
 * Each unit has a head position (planned 1) and a staff position (planned 2); each holds
 * one employee, so every unit shows one vacancy.
 */
export async function buildOrg(em: EntityManager) {
  const hq = unit(em, null, 'HQ', '總公司', UnitKind.COMPANY);
  const north = unit(em, hq, 'R-N', '華北業務部', UnitKind.BUSINESS_DEPT);
  const south = unit(em, hq, 'R-S', '華南業務部', UnitKind.BUSINESS_DEPT);
  const beijing = unit(em, north, 'S-BJ', '北京現場', UnitKind.FIELD_SITE);
  const tianjin = unit(em, north, 'S-TJ', '天津現場', UnitKind.FIELD_SITE);
  const guangzhou = unit(em, south, 'S-GZ', '廣州現場', UnitKind.FIELD_SITE);
  const shenzhen = unit(em, south, 'S-SZ', '深圳現場', UnitKind.FIELD_SITE);
  const station = unit(em, hq, 'ST', '上海服務站', UnitKind.STATION);
  const cs = unit(em, station, 'ST-CS', '客服部', UnitKind.DEPARTMENT, UnitFunction.CUSTOMER_SERVICE);
  const tech = unit(em, station, 'ST-TS', '技術部', UnitKind.DEPARTMENT, UnitFunction.TECHNICAL_SUPPORT);
  const units = { hq, north, south, beijing, tianjin, guangzhou, shenzhen, station, cs, tech };

  const heads: Record<keyof typeof units, Position> = {} as never;
  const staff: Record<keyof typeof units, Position> = {} as never;
  const parentOf: Partial<Record<keyof typeof units, keyof typeof units>> = {
    north: 'hq', south: 'hq', station: 'hq', beijing: 'north', tianjin: 'north', guangzhou: 'south', shenzhen: 'south', cs: 'station', tech: 'station',
  };
  for (const key of Object.keys(units) as (keyof typeof units)[]) {
    const u = units[key];
    const superior = parentOf[key] ? heads[parentOf[key]!] : null;
    heads[key] = position(em, u, `P-${u.code}-HEAD`, `${u.name}主管`, {
      superior,
      isHead: true,
      summary: `負責${u.name}的全面工作`,
      duties: ['制定工作計劃', '考核下屬'],
    });
    staff[key] = position(em, u, `P-${u.code}-STAFF`, `${u.name}專員`, { superior: heads[key], planned: 2, summary: '執行日常工作', duties: ['處理日常事務'] });
  }

  const names: Record<keyof typeof units, [string, string]> = {
    hq: ['王建國', '李淑芬'],
    north: ['張偉', '劉洋'],
    south: ['陳靜', '楊帆'],
    beijing: ['趙磊', '黃敏'],
    tianjin: ['周杰', '吳芳'],
    guangzhou: ['徐明', '孫麗'],
    shenzhen: ['馬超', '朱琳'],
    station: ['胡軍', '郭燕'],
    cs: ['何平', '林曉'],
    tech: ['高峰', '羅娟'],
  };
  const people: Record<string, Employee> = {};
  let n = 1;
  for (const key of Object.keys(units) as (keyof typeof units)[]) {
    const [headName, staffName] = names[key];
    const no = () => `E${String(n++).padStart(4, '0')}`;
    people[`${key}Head`] = employee(em, units[key], heads[key], no(), headName, { email: `${key}.head@example.cn`, phone: `+86 138 0000 ${String(n).padStart(4, '0')}` });
    people[`${key}Staff`] = employee(em, units[key], staff[key], no(), staffName, { email: `${key}.staff@example.cn`, phone: `+86 139 0000 ${String(n).padStart(4, '0')}` });
  }
  // Heads close a unit → employee → position → unit cycle; setting them after the rows
  // exist keeps the insert order simple.
  await em.flush();
  for (const key of Object.keys(units) as (keyof typeof units)[]) units[key].head = people[`${key}Head`];
  await em.flush();
  return { units, heads, staff, people };
}

export type Org = Awaited<ReturnType<typeof buildOrg>>;

/** `count` extra staff spread over the given units (for paging and statement budgets). */
export async function manyEmployees(em: EntityManager, org: Org, count: number): Promise<void> {
  const keys = ['beijing', 'tianjin', 'guangzhou', 'shenzhen', 'cs', 'tech'] as const;
  const surnames = '王李張劉陳楊趙黃周吳徐孫胡朱高林何郭馬羅';
  const given = ['偉', '芳', '娜', '敏', '靜', '麗', '強', '磊', '軍', '洋'];
  for (let i = 0; i < count; i++) {
    const key = keys[i % keys.length]!;
    employee(em, org.units[key], org.staff[key], `M${String(i + 1).padStart(4, '0')}`, `${surnames[i % surnames.length]}${given[i % given.length]}${i}`);
  }
  await em.flush();
}
