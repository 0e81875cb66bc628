import type { Ctx } from '../../context';
import { Permission } from '../../common/auth/permissions';
import { badField, badInput, conflict, notFound } from '../../common/errors';
import { execute } from '../../common/sql';
import { formatMoney } from '../../common/money';
import { localDate } from '../../common/time';
import { formatNumber, nextValue } from '../../common/sequence';
import { OrgUnit } from '../org/org-unit.entity';
import { Customer, CustomerPhone, type ContactChannel, type PreferredLanguage } from './customer.entity';
import { CustomerImport, CustomerImportStatus } from './customer-import.entity';
import type { CustomerService } from './customer.service';
import { readTable, TabularError, writeCsv, writeXlsx, MAX_IMPORT_BYTES, type FileEncoding, type Sheet } from './import/tabular';
import { CUSTOMER_EXPORT_HEADERS, CUSTOMER_FIELDS, errorReportCsv, parseCustomerSheet, type RowIssue } from './import/customer-columns';
import { ExportFormat, type CustomerImportInput, type ExportCustomersInput } from './crm.inputs';

/** Rows one `runCustomerImport` call applies: each call is its own transaction, so progress shows and a failure loses at most one batch. */
export const IMPORT_BATCH = 500;
/** Exports stop here; narrow the filter for more. */
export const MAX_EXPORT_ROWS = 50_000;

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  contentBase64: string;
  rowCount: number;
}

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Customer files in and out (R-CRM-1): CSV/.xlsx import with a preview and per-row errors,
 * and exports that open in Excel with Chinese intact and mask what the reader may not see.
 */
export class CustomerFileService {
  constructor(private readonly customers: CustomerService) {}

  /**
   * Reads and checks a file without importing anything: which column is which field, and
   * every problem by row and column (file problems first, then those only the database
   * knows — unknown stations, numbers already on another file).
   */
  async preview(ctx: Ctx, input: CustomerImportInput): Promise<CustomerImport> {
    const content = Buffer.from(input.contentBase64, 'base64');
    if (content.length > MAX_IMPORT_BYTES) throw badField('contentBase64', `the file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; split it`, 'too_large');
    const station = await this.customers.station(ctx, input.defaultStationId, 'defaultStationId');
    ctx.access.assertReaches(Permission.ManageCustomer, station.path, null, `station ${station.code}`);
    let sheet: Sheet;
    try {
      sheet = await readTable(input.fileName, content, input.encoding as FileEncoding | 'AUTO');
    } catch (error) {
      if (error instanceof TabularError) throw badField('contentBase64', error.message, error.code.toLowerCase());
      throw error;
    }
    const parsed = parseCustomerSheet(sheet, { today: localDate(ctx.now(), ctx.config.timeZone) });
    if (parsed.missingColumns.length) {
      throw badInput(
        parsed.missingColumns.map((f) => ({ field: 'contentBase64', message: `the file has no ${CUSTOMER_EXPORT_HEADERS.EN[f]} (${CUSTOMER_EXPORT_HEADERS.ZH_HANT[f]}) column`, code: 'missing_column' })),
      );
    }
    const issues = parsed.rows.flatMap((r) => r.issues);
    await this.checkAgainstDatabase(ctx, parsed.rows, issues);
    const bad = new Set(issues.map((i) => i.row));
    const job = ctx.em.create(CustomerImport, {
      fileName: input.fileName,
      format: sheet.format,
      encoding: sheet.encoding,
      totalRows: parsed.rows.length,
      validRows: parsed.rows.filter((r) => !bad.has(r.row)).length,
      headers: sheet.headers,
      cells: sheet.rows,
      rows: parsed.rows.filter((r) => !bad.has(r.row)),
      issues,
      defaultStationId: station.id,
      createdBy: ctx.actor?.name ?? 'unknown',
    } as never);
    ctx.audit = { targetType: 'CustomerImport', targetId: job.id, before: null, after: { fileName: input.fileName, totalRows: job.totalRows, validRows: job.validRows } };
    await ctx.em.flush();
    return job;
  }

  private async checkAgainstDatabase(ctx: Ctx, rows: ReturnType<typeof parseCustomerSheet>['rows'], issues: RowIssue[]): Promise<void> {
    const codes = [...new Set(rows.map((r) => r.values.homeStationCode?.toUpperCase()).filter((c): c is string => !!c))];
    const stations = new Map((codes.length ? await ctx.em.find(OrgUnit, { code: { $in: codes }, archivedAt: null }) : []).map((u) => [u.code, u]));
    const customerCodes = rows.map((r) => r.values.code?.toUpperCase()).filter((c): c is string => !!c);
    const existing = new Map((customerCodes.length ? await ctx.em.find(Customer, { code: { $in: customerCodes } }, { populate: ['homeStation'] }) : []).map((c) => [c.code, c]));
    const phones = rows.flatMap((r) => r.values.phones);
    const owners = new Map((phones.length ? await ctx.em.find(CustomerPhone, { phone: { $in: phones } }) : []).map((p) => [p.phone, p.customer.id]));
    const seen = new Map<string, number>();
    for (const r of rows) {
      const add = (field: string, column: string, code: string, message: string) => issues.push({ row: r.row, column, field, code, message });
      const stationCode = r.values.homeStationCode?.toUpperCase();
      if (stationCode) {
        const unit = stations.get(stationCode);
        if (!unit) add('homeStationCode', CUSTOMER_EXPORT_HEADERS.ZH_HANT.homeStationCode, 'not_found', `no station has the code ${stationCode}`);
        else if (!ctx.access.reaches(Permission.ManageCustomer, unit.path)) add('homeStationCode', CUSTOMER_EXPORT_HEADERS.ZH_HANT.homeStationCode, 'out_of_scope', `you may not manage customers of ${unit.code}`);
      }
      const target = r.values.code ? existing.get(r.values.code.toUpperCase()) : undefined;
      if (target && !ctx.access.reaches(Permission.ManageCustomer, target.homeStation.path)) {
        add('code', CUSTOMER_EXPORT_HEADERS.ZH_HANT.code, 'out_of_scope', `customer ${target.code} belongs to a station you may not manage`);
      }
      if (target && !this.customers.contactVisible(ctx, target) && hasContact(r.values)) {
        add('phones', CUSTOMER_EXPORT_HEADERS.ZH_HANT.phones, 'forbidden', 'updating contact data needs the ReadCustomerContact right');
      }
      for (const phone of r.values.phones) {
        const owner = owners.get(phone);
        if (owner && owner !== target?.id) add('phones', CUSTOMER_EXPORT_HEADERS.ZH_HANT.phones, 'duplicate', `${phone.slice(0, 3)}***${phone.slice(-3)} is already on another customer's file`);
        const earlier = seen.get(phone);
        if (earlier != null && earlier !== r.row) add('phones', CUSTOMER_EXPORT_HEADERS.ZH_HANT.phones, 'duplicate', `the same number is on row ${earlier}`);
        seen.set(phone, r.row);
      }
    }
  }

  async get(ctx: Ctx, id: string): Promise<CustomerImport> {
    const job = await ctx.em.findOne(CustomerImport, { id });
    if (!job) throw notFound('Import', id);
    return job;
  }

  /**
   * Applies the next batch of checked rows: a row with a customer number on file updates
   * that customer, any other row opens a new file. Call until the status is DONE.
   */
  async run(ctx: Ctx, id: string): Promise<CustomerImport> {
    const job = await ctx.em.findOne(CustomerImport, { id }, { populate: ['rows'] });
    if (!job) throw notFound('Import', id);
    if (job.status === CustomerImportStatus.DONE) return job;
    if (job.status === CustomerImportStatus.FAILED) throw conflict('This import failed; upload the file again.', { reason: 'IMPORT_FAILED' });
    job.status = CustomerImportStatus.RUNNING;
    const batch = job.rows.slice(job.processedRows, job.processedRows + IMPORT_BATCH);
    const stationCodes = [...new Set(batch.map((r) => r.values.homeStationCode?.toUpperCase()).filter((c): c is string => !!c))];
    const stations = new Map((await ctx.em.find(OrgUnit, { $or: [{ id: job.defaultStationId }, ...(stationCodes.length ? [{ code: { $in: stationCodes } }] : [])] })).map((u) => [u.code, u]));
    const fallback = [...stations.values()].find((u) => u.id === job.defaultStationId)!;
    const codes = batch.map((r) => r.values.code?.toUpperCase()).filter((c): c is string => !!c);
    const existing = new Map((codes.length ? await ctx.em.find(Customer, { code: { $in: codes } }, { populate: ['homeStation'] }) : []).map((c) => [c.code, c]));
    const firstNumber = await this.reserveNumbers(ctx, batch.filter((r) => !r.values.code || !existing.has(r.values.code.toUpperCase())).length);
    let n = firstNumber;
    for (const { values: v } of batch) {
      const station = (v.homeStationCode && stations.get(v.homeStationCode.toUpperCase())) || fallback;
      ctx.access.assertReaches(Permission.ManageCustomer, station.path, null, `station ${station.code}`);
      const current = v.code ? existing.get(v.code.toUpperCase()) : undefined;
      const fields = {
        name: v.name,
        ...(v.phones.length ? { phones: v.phones } : {}),
        ...(v.email != null ? { email: v.email } : {}),
        ...(v.birthday != null ? { birthday: v.birthday, birthMonthDay: v.birthday.slice(5) } : {}),
        ...(v.address != null ? { address: v.address } : {}),
        ...(v.preferredLanguage != null ? { preferredLanguage: v.preferredLanguage as PreferredLanguage } : {}),
        ...(v.preferredChannel != null ? { preferredChannel: v.preferredChannel as ContactChannel } : {}),
        ...(v.tags.length ? { tags: v.tags } : {}),
        ...(v.preferences != null ? { preferences: v.preferences } : {}),
        ...(v.marketingConsent != null ? { marketingConsent: v.marketingConsent, consentChangedAt: ctx.now() } : {}),
      };
      if (current) {
        Object.assign(current, fields, v.homeStationCode ? { homeStation: station } : {});
        await this.customers.replaceLookups(ctx, current, v.phones.length ? v.phones : null, v.tags.length ? v.tags : null);
        job.updatedCount++;
      } else {
        const customer = ctx.em.create(Customer, { code: v.code?.toUpperCase() ?? formatNumber('C', n++), homeStation: station, marketingConsent: false, tags: [], phones: [], ...fields } as never);
        this.customers.syncLookups(ctx, customer, customer.phones, customer.tags, true);
        this.customers.addEvent(ctx, customer, { kind: 'CUSTOMER_CREATED', summary: job.fileName, data: { via: 'IMPORT', fileName: job.fileName } });
        job.createdCount++;
      }
    }
    job.processedRows += batch.length;
    if (job.processedRows >= job.rows.length) job.status = CustomerImportStatus.DONE;
    ctx.audit = { targetType: 'CustomerImport', targetId: job.id, before: null, after: { processedRows: job.processedRows, created: job.createdCount, updated: job.updatedCount } };
    await ctx.em.flush();
    return job;
  }

  /** Customer numbers for a batch in one step of the counter. */
  private async reserveNumbers(ctx: Ctx, count: number): Promise<number> {
    if (!count) return 0;
    const last = await nextValue(ctx, 'customer', count);
    return last - count + 1;
  }

  /** The rows with problems, as in the file, with what is wrong in a last column. */
  async errorFile(ctx: Ctx, job: CustomerImport): Promise<ExportedFile | null> {
    if (!job.issues.length) return null;
    await ctx.em.populate(job, ['cells']);
    const sheet: Sheet = { headers: job.headers, rows: job.cells, format: job.format as Sheet['format'], encoding: (job.encoding ?? null) as FileEncoding | null };
    const buf = errorReportCsv(sheet, job.issues);
    return { fileName: `${job.fileName.replace(/\.[^.]+$/, '')}-errors.csv`, mimeType: 'text/csv; charset=utf-8', contentBase64: buf.toString('base64'), rowCount: new Set(job.issues.map((i) => i.row)).size };
  }

  /**
   * An export of the customers matching a filter within the ExportCustomers reach. Contact
   * data is masked per row as the reader would see it on screen (R-ACL-3); the export itself
   * is a mutation so that it is audited.
   */
  async export(ctx: Ctx, input: ExportCustomersInput): Promise<ExportedFile> {
    const q = (await this.customers.filtered(ctx, input.filter, Permission.ExportCustomers))?.q;
    const headers = CUSTOMER_EXPORT_HEADERS[input.language];
    const extra = EXTRA_HEADERS[input.language];
    const columns = [...CUSTOMER_FIELDS.map((f) => headers[f]), ...extra];
    const rows: (string | number | boolean | null)[][] = [];
    if (q) {
      const [{ n } = { n: 0 }] = await execute<{ n: number | string }[]>(ctx, q.clone().count({ n: '*' }));
      if (Number(n) > MAX_EXPORT_ROWS) {
        throw badField('filter', `${n} customers match; an export holds at most ${MAX_EXPORT_ROWS}. Narrow the filter (for example by station).`, 'too_many_rows');
      }
      let after = '';
      for (;;) {
        const page = await execute<Record<string, unknown>[]>(ctx, q.clone().leftJoin('tier as t', 't.id', 'c.tier_id').select(this.customers.columns(ctx)).where('c.code', '>', after).orderBy('c.code').limit(1000));
        if (!page.length) break;
        for (const r of page) {
          const c = this.customers.mapRow(ctx, r);
          const contact = this.customers.contact(ctx, c);
          rows.push([
            c.code,
            c.name,
            contact.phones.join('; '),
            contact.email,
            contact.birthday,
            contact.address,
            c.preferredLanguage ?? null,
            c.preferredChannel ?? null,
            c.tags.join(', '),
            c.preferences ?? null,
            c.marketingConsent ? 'Y' : 'N',
            c.homeStation.code,
            c.tier ? (input.language === 'EN' ? c.tier.nameEn : input.language === 'ZH_HANS' ? c.tier.nameZhHans : c.tier.name) : null,
            formatMoney(c.lifetimeSpendCents),
            c.purchaseCount,
            c.lastPurchaseAt ? localDate(new Date(c.lastPurchaseAt), ctx.config.timeZone) : null,
          ]);
        }
        after = page[page.length - 1]!.c__code as string;
      }
    }
    const stamp = localDate(ctx.now(), ctx.config.timeZone);
    const buf = input.format === ExportFormat.CSV ? writeCsv(columns, rows) : await writeXlsx('Customers', columns, rows);
    ctx.audit = { targetType: 'CustomerExport', before: null, after: { rows: rows.length, format: input.format, filter: { ...(input.filter ?? {}) } } };
    return {
      fileName: `customers-${stamp}.${input.format === ExportFormat.CSV ? 'csv' : 'xlsx'}`,
      mimeType: input.format === ExportFormat.CSV ? 'text/csv; charset=utf-8' : XLSX_MIME,
      contentBase64: buf.toString('base64'),
      rowCount: rows.length,
    };
  }
}

const EXTRA_HEADERS = {
  ZH_HANT: ['會員等級', '累計消費', '購買次數', '最近購買'],
  ZH_HANS: ['会员等级', '累计消费', '购买次数', '最近购买'],
  EN: ['Tier', 'Lifetime spend', 'Purchases', 'Last purchase'],
} as const;

function hasContact(v: { phones: string[]; email: string | null; birthday: string | null; address: string | null }): boolean {
  return v.phones.length > 0 || v.email != null || v.birthday != null || v.address != null;
}

