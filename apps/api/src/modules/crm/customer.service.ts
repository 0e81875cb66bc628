import type { Knex } from '@mikro-orm/knex';
import type { Ctx } from '../../context';
import { Permission } from '../../common/auth/permissions';
import { escapeLike, whereReach } from '../../common/auth/scope-filter';
import { dbTime, execute, isPostgres } from '../../common/sql';
import { mapPrefixed, prefixedColumns } from '../../common/rows';
import { badField, badInput, forbidden, notFound, type FieldIssue } from '../../common/errors';
import { pageOf, pageRequest, type Page, type PageArgs } from '../../common/pagination';
import { formatNumber, nextValue } from '../../common/sequence';
import { maskEmail, maskPhone } from '../../common/mask';
import { OrgUnit } from '../org/org-unit.entity';
import { Customer, CustomerEvent, CustomerPhone, CustomerTag } from './customer.entity';
import { Tier } from './tier.entity';
import { uuidv7 } from '../../common/entity';
import { normalizePhone } from './phone';
import { CustomerOrder, type CreateCustomerInput, type CustomerFilter, type CustomersArgs, type UpdateCustomerInput } from './crm.inputs';

/** A station as timeline entries name it, in both of its names. */
export const stationRef = (s: OrgUnit): { name: string; nameEn: string | null } => ({ name: s.name, nameEn: s.nameEn ?? null });

/** Offsets past this are refused: deep pages walk by cursor, which stays fast. */
export const MAX_CUSTOMER_OFFSET = 10_000;

/** A customer row with the home station and tier it was read with. */
export type CustomerRow = Customer & { homeStation: OrgUnit; tier: Tier | null };

/**
 * One entry of a customer's timeline (R-CRM-1). The console words it in the reader's language
 * from `kind` and `data`, the facts; `summary` is a fallback in no language (numbers, names,
 * what people typed) for entries written before `data` had them.
 */
export interface TimelineEntry {
  kind: string;
  summary: string;
  at?: Date;
  refType?: string | null;
  refId?: string | null;
  data?: Record<string, unknown> | null;
}

/**
 * Customer files (R-CRM-1) and who may see what of them (R-ACL-1, R-ACL-3): files are
 * scoped by their home station; contact data is masked without ReadCustomerContact.
 */
export class CustomerService {
  /** True when the actor may see this customer's phones, email, birthday and address (R-ACL-3). */
  contactVisible(ctx: Ctx, customer: { homeStation: { path?: string } | string }): boolean {
    const station = customer.homeStation;
    const path = typeof station === 'string' ? null : (station.path ?? null);
    return ctx.access.reaches(Permission.ReadCustomerContact, path);
  }

  /** The contact fields as the actor may see them. */
  contact(ctx: Ctx, c: Customer): { phones: string[]; email: string | null; birthday: string | null; address: string | null; visible: boolean } {
    if (this.contactVisible(ctx, c)) return { phones: c.phones, email: c.email ?? null, birthday: c.birthday ?? null, address: c.address ?? null, visible: true };
    return {
      phones: c.phones.map((p) => maskPhone(p)!),
      email: maskEmail(c.email),
      birthday: c.birthday ? '****-**-**' : null,
      address: c.address ? maskAddress(c.address) : null,
      visible: false,
    };
  }

  /**
   * One page in one joined statement (customer, home station, tier) plus the count when asked
   * for. Filters run in SQL within the ReadCustomer reach; phone matching only ever looks at
   * files whose contact data the actor may see, so it cannot reveal whose number it is.
   */
  async list(ctx: Ctx, args: CustomersArgs): Promise<Page<CustomerRow>> {
    const page = pageRequest(args, MAX_CUSTOMER_OFFSET);
    const found = await this.filtered(ctx, args.filter);
    if (!found) return pageOf([], page, () => [], async () => 0);
    const filtered = found.q;
    const order = ORDERS[args.orderBy ?? CustomerOrder.CODE];
    const rows = filtered.clone().leftJoin('tier as t', 't.id', 'c.tier_id').select(this.columns(ctx));
    // Customers who never bought sort last, the same way on both dialects.
    if (order.columns[0] === 'c.last_purchase_at') rows.orderByRaw('c.last_purchase_at is null');
    rows.orderBy(order.columns.map((column, i) => ({ column, order: order.directions[i] }))).limit(page.limit + 1);
    if (page.after) keyset(rows, order, page.after, isPostgres(ctx.em));
    else if (page.offset) rows.offset(page.offset);
    const result = await execute<Record<string, unknown>[]>(ctx, rows);
    const customers = result.map((r) => this.mapRow(ctx, r));
    return pageOf(customers, page, (c) => order.cursor(c), async () => {
      const [row] = await execute<{ n: number | string }[]>(ctx, filtered.clone().count({ n: '*' }));
      return Number(row?.n ?? 0);
    });
  }

  columns(ctx: Ctx): Knex.Raw[] {
    return [...prefixedColumns(ctx.em, Customer, 'c'), ...prefixedColumns(ctx.em, OrgUnit, 's'), ...prefixedColumns(ctx.em, Tier, 't')];
  }

  mapRow(ctx: Ctx, r: Record<string, unknown>): CustomerRow {
    return Object.assign(mapPrefixed(ctx.em, Customer, r, 'c'), {
      homeStation: mapPrefixed(ctx.em, OrgUnit, r, 's'),
      tier: r.t__id ? mapPrefixed(ctx.em, Tier, r, 't') : null,
    }) as CustomerRow;
  }

  /** `customer c join org_unit s` narrowed by reach and filter; null when nothing can match. */
  /** Wrapped in an object: a query builder is a thenable, and awaiting it would run it. */
  async filtered(ctx: Ctx, filter: CustomerFilter | null | undefined, permission = Permission.ReadCustomer): Promise<{ q: Knex.QueryBuilder } | null> {
    const knex = ctx.em.getKnex();
    const q = knex('customer as c').join('org_unit as s', 's.id', 'c.home_station_id');
    if (!whereReach(q, ctx.access, permission, 's.path')) return null;
    const f = filter ?? {};
    const search = f.search?.trim();
    if (search) {
      const term = escapeLike(search);
      const digits = phoneEnding(search);
      const phoneScope = digits ? this.contactScope(ctx) : null;
      q.where((w) => {
        w.whereRaw(`lower(c.name) like ? escape '\\'`, [`%${term.toLowerCase()}%`]).orWhereRaw(`c.code like ? escape '\\'`, [`${term.toUpperCase()}%`]);
        if (digits && phoneScope) w.orWhere((x) => this.phoneMatch(ctx, x, digits, phoneScope));
      });
    }
    if (f.phone) {
      const digits = phoneEnding(f.phone);
      if (!digits) throw badField('filter.phone', 'give at least the last 6 digits of a phone number', 'invalid_phone');
      const phoneScope = this.contactScope(ctx);
      // R-ACL-3: without the right to see numbers, searching by one would reveal who has it.
      if (!phoneScope) throw forbidden('Searching by phone number needs the ReadCustomerContact right.', [Permission.ReadCustomerContact]);
      q.where((x) => this.phoneMatch(ctx, x, digits, phoneScope));
    }
    if (f.tierIds?.length || f.noTier) {
      q.where((w) => {
        if (f.tierIds?.length) w.orWhereIn('c.tier_id', f.tierIds);
        if (f.noTier) w.orWhereNull('c.tier_id');
      });
    }
    if (f.tags?.length) {
      const tags = f.tags;
      // Within a tier the tags are matched in the customer's own list, which the tier index
      // carries: the count then reads that index alone instead of probing customer_tag for
      // every candidate (36 → 3 ms for a tag among 100,000 files). Without a tier, the tag
      // index narrows best.
      if (f.tierIds?.length || f.noTier) q.where((w) => whereTagsInRow(w, tags, isPostgres(ctx.em)));
      else q.whereExists(knex('customer_tag as g').whereRaw('g.customer_id = c.id').whereIn('g.tag', tags));
    }
    if (f.stationId) {
      const unit = await ctx.em.findOne(OrgUnit, { id: f.stationId }, { fields: ['path'] });
      if (!unit) throw badField('filter.stationId', `unit ${f.stationId} does not exist`, 'not_found');
      q.where('s.path', 'like', `${escapeLike(unit.path)}%`);
    }
    if (f.lastPurchaseFrom) q.where('c.last_purchase_at', '>=', dbTime(ctx.em, f.lastPurchaseFrom));
    if (f.lastPurchaseBefore) q.where((w) => w.where('c.last_purchase_at', '<', dbTime(ctx.em, f.lastPurchaseBefore!)).orWhereNull('c.last_purchase_at'));
    if (f.spendMin != null) q.where('c.lifetime_spend_cents', '>=', f.spendMin);
    if (f.spendMax != null) q.where('c.lifetime_spend_cents', '<=', f.spendMax);
    if (f.marketingConsent != null) q.where('c.marketing_consent', f.marketingConsent);
    return { q };
  }

  /** The station paths whose contact data the actor may see; `[]` = all; null = none. */
  private contactScope(ctx: Ctx): readonly string[] | null {
    const r = ctx.access.reach(Permission.ReadCustomerContact);
    if (r.all) return [];
    return r.unitPaths.length ? r.unitPaths : null;
  }

  private phoneMatch(ctx: Ctx, w: Knex.QueryBuilder, digits: string, scope: readonly string[]): void {
    w.whereExists(ctx.em.getKnex()('customer_phone as ph').whereRaw('ph.customer_id = c.id').where('ph.phone', 'like', `%${digits}`));
    if (scope.length) w.where((x) => scope.forEach((p) => x.orWhere('s.path', 'like', `${escapeLike(p)}%`)));
  }

  /** A readable customer with its station and tier loaded, or NOT_FOUND (never "forbidden": that would confirm it exists). */
  async get(ctx: Ctx, id: string, permission = Permission.ReadCustomer): Promise<Customer> {
    const c = await ctx.em.findOne(Customer, { id }, { populate: ['homeStation', 'tier'], strategy: 'joined' });
    this.assertReach(ctx, id, c ? { code: c.code, stationPath: c.homeStation.path } : null, permission);
    return c!;
  }

  /**
   * The check behind `get` for callers that read the customer's code and station path in
   * their own statement (the points hot path): NOT_FOUND outside the reach, FORBIDDEN
   * (OUT_OF_SCOPE) when the file is readable but the right asked for does not reach it.
   */
  assertReach(ctx: Ctx, id: string, c: { code: string; stationPath: string } | null, permission: Permission): void {
    if (c && ctx.access.reaches(permission, c.stationPath)) return;
    if (c && permission !== Permission.ReadCustomer && ctx.access.reaches(Permission.ReadCustomer, c.stationPath)) {
      throw forbidden(`Your ${permission} right does not reach customer ${c.code}.`, [permission], 'OUT_OF_SCOPE');
    }
    throw notFound('Customer', id);
  }

  /**
   * The customer locked for this transaction (PostgreSQL), so concurrent purchases and
   * refunds for one customer apply one after another. FOR NO KEY UPDATE, not FOR UPDATE:
   * rows that only reference the customer (points entries, timeline events) take a key-share
   * lock for their foreign key, which this does not block, so a points change holding the
   * points account never waits here while a purchase holding this lock waits for the account.
   */
  async lock(ctx: Ctx, id: string): Promise<void> {
    const q = ctx.em.getKnex()('customer').select('id').where({ id });
    await execute(ctx, isPostgres(ctx.em) ? q.forNoKeyUpdate() : q);
  }

  async findByPhone(ctx: Ctx, raw: string): Promise<Customer | null> {
    const phone = normalizePhone(raw);
    if (!phone) return null;
    const row = await ctx.em.findOne(CustomerPhone, { phone });
    return row ? this.get(ctx, row.customer.id) : null;
  }

  async create(ctx: Ctx, input: CreateCustomerInput): Promise<Customer> {
    const station = await this.station(ctx, input.homeStationId, 'homeStationId');
    ctx.access.assertReaches(Permission.ManageCustomer, station.path, null, `station ${station.code}`);
    const issues: FieldIssue[] = [];
    const phones = this.phones(input.phones, issues);
    const code = input.code ? input.code.toUpperCase() : formatNumber('C', await nextValue(ctx, 'customer'));
    if (input.code && (await ctx.em.count(Customer, { code }))) issues.push({ field: 'code', message: `${code} is already taken`, code: 'duplicate' });
    await this.phonesFree(ctx, phones, null, issues);
    if (input.birthday) checkBirthday(input.birthday, ctx.now(), issues);
    if (issues.length) throw badInput(issues);
    const customer = ctx.em.create(Customer, {
      code,
      name: input.name.trim(),
      phones,
      email: input.email?.trim().toLowerCase() || null,
      birthday: input.birthday ?? null,
      birthMonthDay: input.birthday?.slice(5) ?? null,
      address: input.address?.trim() || null,
      preferredLanguage: input.preferredLanguage ?? null,
      preferredChannel: input.preferredChannel ?? null,
      tags: cleanTags(input.tags),
      preferences: input.preferences?.trim() || null,
      marketingConsent: input.marketingConsent,
      consentChangedAt: input.marketingConsent ? ctx.now() : null,
      homeStation: station,
    } as never);
    this.syncLookups(ctx, customer, phones, customer.tags, true);
    this.addEvent(ctx, customer, { kind: 'CUSTOMER_CREATED', summary: station.name, data: { via: 'CONSOLE', station: stationRef(station) } });
    ctx.audit = { targetType: 'Customer', targetId: customer.id, before: null, after: auditView(customer) };
    await ctx.em.flush();
    return customer;
  }

  async update(ctx: Ctx, id: string, input: UpdateCustomerInput): Promise<Customer> {
    const customer = await this.get(ctx, id, Permission.ManageCustomer);
    const before = auditView(customer);
    const issues: FieldIssue[] = [];
    const contactChange = input.phones !== undefined || input.email !== undefined || input.birthday !== undefined || input.address !== undefined;
    // Editing what one cannot see would overwrite it blind (R-ACL-3).
    if (contactChange && !this.contactVisible(ctx, customer)) {
      throw forbidden('Changing contact data needs the ReadCustomerContact right.', [Permission.ReadCustomerContact]);
    }
    let phones: string[] | null = null;
    if (input.phones != null) {
      phones = this.phones(input.phones, issues);
      await this.phonesFree(ctx, phones, customer.id, issues);
    }
    if (input.birthday) checkBirthday(input.birthday, ctx.now(), issues);
    let station: OrgUnit | null = null;
    if (input.homeStationId && input.homeStationId !== customer.homeStation.id) {
      station = await this.station(ctx, input.homeStationId, 'homeStationId');
      ctx.access.assertReaches(Permission.ManageCustomer, station.path, null, `station ${station.code}`);
    }
    if (issues.length) throw badInput(issues);
    if (input.name != null) customer.name = input.name.trim();
    if (input.email !== undefined) customer.email = input.email?.trim().toLowerCase() || null;
    if (input.birthday !== undefined) {
      customer.birthday = input.birthday ?? null;
      customer.birthMonthDay = input.birthday?.slice(5) ?? null;
    }
    if (input.address !== undefined) customer.address = input.address?.trim() || null;
    if (input.preferredLanguage !== undefined) customer.preferredLanguage = input.preferredLanguage ?? null;
    if (input.preferredChannel !== undefined) customer.preferredChannel = input.preferredChannel ?? null;
    if (input.preferences !== undefined) customer.preferences = input.preferences?.trim() || null;
    if (input.marketingConsent != null && input.marketingConsent !== customer.marketingConsent) {
      customer.marketingConsent = input.marketingConsent;
      customer.consentChangedAt = ctx.now();
    }
    if (station) customer.homeStation = station;
    const tags = input.tags != null ? cleanTags(input.tags) : null;
    if (tags) customer.tags = tags;
    if (phones) customer.phones = phones;
    if (phones || tags) await this.replaceLookups(ctx, customer, phones, tags);
    ctx.audit = { targetType: 'Customer', targetId: customer.id, before, after: auditView(customer) };
    await ctx.em.flush();
    return customer;
  }

  /** Appends to a customer's timeline (R-CRM-1); other modules call this through the CRM index. */
  addEvent(ctx: Ctx, customer: Customer | string, entry: TimelineEntry): void {
    ctx.em.create(CustomerEvent, {
      customer: typeof customer === 'string' ? ctx.em.getReference(Customer, customer) : customer,
      at: entry.at ?? ctx.now(),
      kind: entry.kind,
      summary: entry.summary.slice(0, 300),
      refType: entry.refType ?? null,
      refId: entry.refId ?? null,
      data: entry.data ?? null,
    } as never);
  }

  /**
   * The same timeline row as an INSERT for a caller that writes it within a statement of its
   * own (the points hot path sends its writes in one round trip).
   */
  eventInsert(ctx: Ctx, customerId: string, entry: TimelineEntry): Knex.QueryBuilder {
    return ctx.em.getKnex()('customer_event').insert({
      id: uuidv7(),
      customer_id: customerId,
      at: dbTime(ctx.em, entry.at ?? ctx.now()),
      kind: entry.kind,
      summary: entry.summary.slice(0, 300),
      ref_type: entry.refType ?? null,
      ref_id: entry.refId ?? null,
      data: entry.data ? JSON.stringify(entry.data) : null,
    });
  }

  async timeline(ctx: Ctx, customerId: string, args: PageArgs): Promise<Page<CustomerEvent>> {
    const page = pageRequest(args, MAX_CUSTOMER_OFFSET);
    const where: Record<string, unknown> = { customer: customerId };
    if (page.after) {
      const [at, id] = page.after as [string, string];
      where.$or = [{ at: { $lt: new Date(at) } }, { at: new Date(at), id: { $lt: id } }];
    }
    const rows = await ctx.em.find(CustomerEvent, where as never, { orderBy: { at: 'desc', id: 'desc' }, limit: page.limit + 1, offset: page.after ? 0 : page.offset });
    return pageOf(rows, page, (e) => [e.at.toISOString(), e.id], () => ctx.em.count(CustomerEvent, { customer: customerId }));
  }

  async station(ctx: Ctx, id: string, field: string): Promise<OrgUnit> {
    const unit = await ctx.em.findOne(OrgUnit, { id });
    if (!unit || unit.archivedAt) throw badField(field, `unit ${id} does not exist or is archived`, 'not_found');
    return unit;
  }

  phones(raw: string[], issues: FieldIssue[], field = 'phones'): string[] {
    const out: string[] = [];
    raw.forEach((p, i) => {
      const n = normalizePhone(p);
      if (!n) issues.push({ field: `${field}.${i}`, message: `"${p}" is not a phone number (6–20 digits, optionally starting with +)`, code: 'invalid_phone' });
      else if (!out.includes(n)) out.push(n);
    });
    return out;
  }

  /** Each number belongs to one customer, so a purchase by phone finds exactly one file. */
  async phonesFree(ctx: Ctx, phones: string[], customerId: string | null, issues: FieldIssue[], field = 'phones'): Promise<void> {
    if (!phones.length) return;
    const taken = await ctx.em.find(CustomerPhone, { phone: { $in: phones }, ...(customerId ? { customer: { $ne: customerId } } : {}) } as never);
    for (const t of taken) {
      issues.push({ field: `${field}.${phones.indexOf(t.phone)}`, message: `${maskPhone(t.phone)} is already on another customer's file`, code: 'duplicate' });
    }
  }

  syncLookups(ctx: Ctx, customer: Customer, phones: string[] | null, tags: string[] | null, fresh = false): void {
    if (!fresh) return;
    for (const phone of phones ?? []) ctx.em.create(CustomerPhone, { phone, customer } as never);
    for (const tag of tags ?? []) ctx.em.create(CustomerTag, { customer, tag } as never);
  }

  async replaceLookups(ctx: Ctx, customer: Customer, phones: string[] | null, tags: string[] | null): Promise<void> {
    if (phones) {
      await ctx.em.nativeDelete(CustomerPhone, { customer: customer.id });
      for (const phone of phones) ctx.em.create(CustomerPhone, { phone, customer } as never);
    }
    if (tags) {
      await ctx.em.nativeDelete(CustomerTag, { customer: customer.id });
      for (const tag of tags) ctx.em.create(CustomerTag, { customer, tag } as never);
    }
  }

  /** Distinct tags in use, for filter pickers. */
  async tags(ctx: Ctx): Promise<string[]> {
    const rows = await execute<{ tag: string }[]>(ctx, ctx.em.getKnex()('customer_tag').distinct('tag').orderBy('tag').limit(500));
    return rows.map((r) => r.tag);
  }
}

interface Order {
  columns: string[];
  directions: ('asc' | 'desc')[];
  cursor: (c: CustomerRow) => unknown[];
}

const ORDERS: Record<CustomerOrder, Order> = {
  [CustomerOrder.CODE]: { columns: ['c.code'], directions: ['asc'], cursor: (c) => [c.code] },
  [CustomerOrder.LIFETIME_SPEND_DESC]: {
    columns: ['c.lifetime_spend_cents', 'c.id'],
    directions: ['desc', 'desc'],
    cursor: (c) => [c.lifetimeSpendCents, c.id],
  },
  [CustomerOrder.LAST_PURCHASE_DESC]: {
    columns: ['c.last_purchase_at', 'c.id'],
    directions: ['desc', 'desc'],
    cursor: (c) => [c.lastPurchaseAt ? new Date(c.lastPurchaseAt).getTime() : 0, c.id],
  },
};

/** "Rows after the cursor" for the order; codes are unique, so one key suffices there. */
function keyset(q: Knex.QueryBuilder, order: Order, after: unknown[], isPg: boolean): void {
  if (after.length !== order.columns.length) throw badField('after', 'is not a cursor for this order', 'invalid_cursor');
  if (order.columns.length === 1) {
    q.where(order.columns[0]!, order.directions[0] === 'asc' ? '>' : '<', after[0] as string);
    return;
  }
  const [col, idCol] = order.columns as [string, string];
  let value = after[0] as number;
  if (col === 'c.last_purchase_at') {
    // Customers who never bought sort last (nulls); the cursor carries 0 for them.
    if (!value) {
      q.whereNull(col).where(idCol, '<', after[1] as string);
      return;
    }
    const at = isPg ? new Date(value) : value;
    q.where((w) => w.where(col, '<', at as never).orWhereNull(col).orWhere((x) => x.where(col, at as never).andWhere(idCol, '<', after[1] as string)));
    return;
  }
  value = Number(value);
  q.where((w) => w.where(col, '<', value).orWhere((x) => x.where(col, value).andWhere(idCol, '<', after[1] as string)));
}

/** The digits of a phone search term, if it looks like one (6+ digits and phone punctuation only). */
function phoneEnding(term: string): string | null {
  if (!/^[\d\s+()\-.]+$/.test(term)) return null;
  const digits = term.replace(/\D/g, '');
  return digits.length >= 6 ? digits : null;
}

/** Any of `tags` in `c.tags`, the JSON list of the customer's tags. */
function whereTagsInRow(w: Knex.QueryBuilder, tags: string[], postgres: boolean): void {
  if (postgres) for (const tag of tags) w.orWhereRaw('c.tags @> ?::jsonb', [JSON.stringify([tag])]);
  // SQLite: a substring test on the JSON text first (cheap, never misses: the list is stored
  // as JSON.stringify wrote it), then json_each to rule out a tag inside a longer one.
  else for (const tag of tags) w.orWhereRaw('(instr(c.tags, ?) > 0 and exists (select 1 from json_each(c.tags) where value = ?))', [JSON.stringify(tag), tag]);
}

function cleanTags(tags: string[]): string[] {
  return [...new Set(tags.map((t) => t.trim()).filter(Boolean))];
}

function checkBirthday(birthday: string, now: Date, issues: FieldIssue[]): void {
  if (birthday < '1900-01-01' || birthday > now.toISOString().slice(0, 10)) {
    issues.push({ field: 'birthday', message: 'must be between 1900-01-01 and today', code: 'out_of_range' });
  }
}

function maskAddress(address: string): string {
  return `${[...address].slice(0, 3).join('')}***`;
}

/**
 * The audit trail's view of a customer (R-ACL-5 with R-ACL-3): contact data is recorded
 * masked, so the append-only log never becomes a copy of personal data.
 */
export function auditView(c: Customer): Record<string, unknown> {
  return {
    code: c.code,
    name: c.name,
    phones: c.phones.map((p) => maskPhone(p)),
    email: maskEmail(c.email),
    birthday: c.birthday ? '****-**-**' : null,
    address: c.address ? maskAddress(c.address) : null,
    preferredLanguage: c.preferredLanguage ?? null,
    preferredChannel: c.preferredChannel ?? null,
    tags: c.tags,
    marketingConsent: c.marketingConsent,
    homeStation: typeof c.homeStation === 'string' ? c.homeStation : c.homeStation.id,
  };
}
