import { Arg, Args, Ctx as GqlCtx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../context';
import { Allow } from '../../common/auth/allow';
import { Permission } from '../../common/auth/permissions';
import { PageArgs } from '../../common/pagination';
import { badField } from '../../common/errors';
import { refId, type MaybePromise, type Row } from '../../common/rows';
import { OrgUnit } from '../org/org-unit.entity';
import { Employee } from '../org/employee.entity';
import { Customer } from './customer.entity';
import { Purchase } from './purchase.entity';
import { Tier, TierChange, TierFigures } from './tier.entity';
import { WinBackTask } from './win-back.entity';
import { CustomerImport } from './customer-import.entity';
import { fieldForHeader } from './import/customer-columns';
import {
  CrmSettingsType,
  CustomerConnection,
  CustomerEventConnection,
  ExportFile,
  ImportColumn,
  ImportIssue,
  ImportRowPreview,
  PurchaseConnection,
  PurchaseItemType,
  RetentionRowType,
  TierCount,
  TierImpact,
  TierRules,
  TierStatus,
  WinBackTaskConnection,
} from './crm.types';
import {
  BirthdayArgs,
  CreateCustomerInput,
  CreateWinBackTasksInput,
  CrmSettingsInput,
  CustomerImportInput,
  CustomersArgs,
  ExportCustomersInput,
  OverrideTierInput,
  RecordPurchaseInput,
  RefundPurchaseInput,
  TierRulesInput,
  UpdateCustomerInput,
  UpdateWinBackTaskInput,
  WinBackTasksArgs,
} from './crm.inputs';

const MAX_IMPORT_PREVIEW_ROWS = 50;
const MAX_IMPORT_ISSUES = 500;

@Resolver(() => Customer)
export class CustomerResolver {
  @Query(() => CustomerConnection, { description: 'Customer files within your ReadCustomer reach; contact data masked without ReadCustomerContact (R-ACL-3).' })
  @Allow(Permission.ReadCustomer)
  async customers(@GqlCtx() ctx: Ctx, @Args(() => CustomersArgs) args: CustomersArgs) {
    return new CustomerConnection(await ctx.services.customers.list(ctx, args));
  }

  @Query(() => Customer)
  @Allow(Permission.ReadCustomer)
  customer(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Customer> {
    return ctx.services.customers.get(ctx, id);
  }

  @Query(() => [String], { description: 'Tags in use, for filters.' })
  @Allow(Permission.ReadCustomer)
  customerTags(@GqlCtx() ctx: Ctx): Promise<string[]> {
    return ctx.services.customers.tags(ctx);
  }

  @Query(() => CustomerConnection, { description: 'R-CRM-3: customers whose birthday falls in a period (month and day), for greetings.' })
  @Allow(Permission.ReadCustomerContact)
  async birthdayCustomers(@GqlCtx() ctx: Ctx, @Args(() => BirthdayArgs) args: BirthdayArgs) {
    return new CustomerConnection(await ctx.services.care.birthdays(ctx, args));
  }

  @Mutation(() => Customer)
  @Allow(Permission.ManageCustomer)
  createCustomer(@GqlCtx() ctx: Ctx, @Arg('input', () => CreateCustomerInput) input: CreateCustomerInput): Promise<Customer> {
    return ctx.services.customers.create(ctx, input);
  }

  @Mutation(() => Customer)
  @Allow(Permission.ManageCustomer)
  updateCustomer(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateCustomerInput) input: UpdateCustomerInput): Promise<Customer> {
    return ctx.services.customers.update(ctx, id, input);
  }

  @Mutation(() => ExportFile, { description: 'Customers matching a filter as .xlsx or CSV (UTF-8, opens in Excel); contact data masked as on screen. Audited.' })
  @Allow(Permission.ExportCustomers)
  exportCustomers(@GqlCtx() ctx: Ctx, @Arg('input', () => ExportCustomersInput) input: ExportCustomersInput) {
    return ctx.services.customerFiles.export(ctx, input);
  }

  @FieldResolver(() => [String], { description: 'Masked (***678) without ReadCustomerContact.' })
  phones(@GqlCtx() ctx: Ctx, @Root() c: Row<Customer>): string[] {
    return ctx.services.customers.contact(ctx, c as Customer).phones;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Masked without ReadCustomerContact.' })
  email(@GqlCtx() ctx: Ctx, @Root() c: Row<Customer>): string | null {
    return ctx.services.customers.contact(ctx, c as Customer).email;
  }

  @FieldResolver(() => String, { nullable: true, description: 'YYYY-MM-DD; masked without ReadCustomerContact.' })
  birthday(@GqlCtx() ctx: Ctx, @Root() c: Row<Customer>): string | null {
    return ctx.services.customers.contact(ctx, c as Customer).birthday;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Masked without ReadCustomerContact.' })
  address(@GqlCtx() ctx: Ctx, @Root() c: Row<Customer>): string | null {
    return ctx.services.customers.contact(ctx, c as Customer).address;
  }

  @FieldResolver(() => Boolean, { description: 'Whether you see the contact data unmasked.' })
  contactVisible(@GqlCtx() ctx: Ctx, @Root() c: Row<Customer>): boolean {
    return ctx.services.customers.contactVisible(ctx, c as Customer);
  }

  @FieldResolver(() => OrgUnit)
  homeStation(@GqlCtx() ctx: Ctx, @Root() c: Row<Customer>): MaybePromise<OrgUnit | null> {
    return ctx.loaders.entity(OrgUnit, c.homeStation);
  }

  @FieldResolver(() => Tier, { nullable: true, description: 'The tier held now (R-CRM-2).' })
  tier(@GqlCtx() ctx: Ctx, @Root() c: Row<Customer>): MaybePromise<Tier | null> {
    return ctx.loaders.entity(Tier, c.tier);
  }

  @FieldResolver(() => TierStatus, { description: '"Why is this customer Gold": figures, the tier they earn, grace period, override.' })
  async tierStatus(@GqlCtx() ctx: Ctx, @Root() c: Row<Customer>): Promise<TierStatus> {
    const s = await ctx.services.tiers.status(ctx, c as Customer);
    return {
      tier: await ctx.loaders.entity(Tier, c.tier),
      since: c.tierSince ?? null,
      qualifiedTier: s.qualified,
      figures: s.figures,
      nextTier: s.next,
      missingForNext: s.missing,
      graceEndsAt: s.graceEndsAt,
      overridden: c.overrideReason != null,
      overrideReason: c.overrideReason ?? null,
      overrideExpiresAt: c.overrideExpiresAt ?? null,
      rulesVersion: s.rulesVersion,
    };
  }

  @FieldResolver(() => [TierChange], { description: 'Every tier change with its reason and figures, newest first.' })
  tierHistory(@GqlCtx() ctx: Ctx, @Root() c: Row<Customer>): Promise<TierChange[]> {
    return ctx.services.tiers.history(ctx, c.id);
  }

  @FieldResolver(() => PurchaseConnection)
  async purchases(@GqlCtx() ctx: Ctx, @Root() c: Row<Customer>, @Args(() => PageArgs) args: PageArgs) {
    return new PurchaseConnection(await ctx.services.purchases.forCustomer(ctx, c.id, args));
  }

  @FieldResolver(() => CustomerEventConnection, { description: 'The customer’s history, newest first (R-CRM-1).' })
  async timeline(@GqlCtx() ctx: Ctx, @Root() c: Row<Customer>, @Args(() => PageArgs) args: PageArgs) {
    return new CustomerEventConnection(await ctx.services.customers.timeline(ctx, c.id, args));
  }
}

@Resolver(() => Purchase)
export class PurchaseResolver {
  @Query(() => Purchase)
  @Allow(Permission.ReadCustomer)
  purchase(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Purchase> {
    return ctx.services.purchases.get(ctx, id);
  }

  @Mutation(() => Purchase, { description: 'Records a POS purchase once per externalOrderId; earns points and may upgrade the tier.' })
  @Allow(Permission.RecordPurchase)
  recordPurchase(@GqlCtx() ctx: Ctx, @Arg('input', () => RecordPurchaseInput) input: RecordPurchaseInput): Promise<Purchase> {
    return ctx.services.purchases.record(ctx, input);
  }

  @Mutation(() => Purchase, { description: 'Refunds a whole purchase and takes back the points it earned (R-LOY-2). Refunding again changes nothing.' })
  @Allow(Permission.RefundPurchase)
  refundPurchase(@GqlCtx() ctx: Ctx, @Arg('input', () => RefundPurchaseInput) input: RefundPurchaseInput): Promise<Purchase> {
    return ctx.services.purchases.refund(ctx, input);
  }

  @FieldResolver(() => Customer)
  customer(@GqlCtx() ctx: Ctx, @Root() p: Row<Purchase>): MaybePromise<Customer | null> {
    return ctx.loaders.entity(Customer, p.customer);
  }

  @FieldResolver(() => OrgUnit)
  station(@GqlCtx() ctx: Ctx, @Root() p: Row<Purchase>): MaybePromise<OrgUnit | null> {
    return ctx.loaders.entity(OrgUnit, p.station);
  }

  @FieldResolver(() => [PurchaseItemType])
  items(@Root() p: Row<Purchase>): PurchaseItemType[] {
    return p.items as PurchaseItemType[];
  }
}

@Resolver(() => Tier)
export class TierResolver {
  @Query(() => [Tier], { description: 'Membership tiers, best first (R-CRM-2).' })
  @Allow(Permission.ReadCustomer, Permission.ManageLoyaltyProgram)
  tiers(@GqlCtx() ctx: Ctx, @Arg('includeRetired', () => Boolean, { defaultValue: false }) includeRetired: boolean): Promise<Tier[]> {
    return ctx.services.tiers.list(ctx, includeRetired);
  }

  @Query(() => TierRules, { description: 'The tier rules in force, with their version (for publishTierChange).' })
  @Allow(Permission.ReadCustomer, Permission.ManageLoyaltyProgram)
  async tierRules(@GqlCtx() ctx: Ctx): Promise<TierRules> {
    const [tiers, s] = await Promise.all([ctx.services.tiers.list(ctx), ctx.services.tiers.settings(ctx)]);
    return { tiers, windowDays: s.tierWindowDays, version: s.tierRulesVersion, publishedAt: s.tierRulesPublishedAt ?? null, publishedBy: s.tierRulesPublishedBy ?? null };
  }

  @Query(() => TierImpact, { description: 'R-CRM-2: what proposed tier rules would do to the real customers, changing nothing.' })
  @Allow(Permission.ManageLoyaltyProgram)
  previewTierChange(@GqlCtx() ctx: Ctx, @Arg('input', () => TierRulesInput) input: TierRulesInput) {
    return ctx.services.tiers.preview(ctx, input);
  }

  @Mutation(() => TierImpact, { description: 'Puts tier rules in force (tiers left out retire) and applies them. Refused if the rules changed since expectedVersion.' })
  @Allow(Permission.ManageLoyaltyProgram)
  publishTierChange(@GqlCtx() ctx: Ctx, @Arg('input', () => TierRulesInput) input: TierRulesInput, @Arg('expectedVersion', () => Int) expectedVersion: number) {
    return ctx.services.tiers.publish(ctx, input, expectedVersion);
  }

  @Mutation(() => TierImpact, { description: 'Runs the scheduled tier re-evaluation now (downgrades after grace, ended overrides). Running it twice changes nothing more.' })
  @Allow(Permission.ManageLoyaltyProgram)
  runTierEvaluation(@GqlCtx() ctx: Ctx) {
    return ctx.services.tiers.evaluateAll(ctx, 'evaluate');
  }

  @Mutation(() => Customer, { description: 'Holds a customer at a tier, with a reason and an optional end.' })
  @Allow(Permission.OverrideTier)
  overrideTier(@GqlCtx() ctx: Ctx, @Arg('input', () => OverrideTierInput) input: OverrideTierInput): Promise<Customer> {
    return ctx.services.tiers.override(ctx, input);
  }

  @Mutation(() => Customer)
  @Allow(Permission.OverrideTier)
  clearTierOverride(@GqlCtx() ctx: Ctx, @Arg('customerId', () => ID) customerId: string, @Arg('reason', () => String) reason: string): Promise<Customer> {
    if (!reason.trim()) throw badField('reason', 'say why the override ends', 'required');
    return ctx.services.tiers.clearOverride(ctx, customerId, reason.trim());
  }

  @FieldResolver(() => String, { description: 'The name in the given language.' })
  label(@Root() t: Row<Tier>, @Arg('language', () => String, { defaultValue: 'ZH_HANT' }) language: string): string {
    return language === 'EN' ? t.nameEn : language === 'ZH_HANS' ? t.nameZhHans : t.name;
  }
}

@Resolver(() => TierChange)
export class TierChangeResolver {
  @FieldResolver(() => Tier, { nullable: true })
  fromTier(@GqlCtx() ctx: Ctx, @Root() c: Row<TierChange>): MaybePromise<Tier | null> {
    return ctx.loaders.entity(Tier, c.fromTier);
  }

  @FieldResolver(() => Tier, { nullable: true })
  toTier(@GqlCtx() ctx: Ctx, @Root() c: Row<TierChange>): MaybePromise<Tier | null> {
    return ctx.loaders.entity(Tier, c.toTier);
  }

  @FieldResolver(() => TierFigures, { nullable: true })
  figures(@Root() c: Row<TierChange>): TierFigures | null {
    return c.figures ?? null;
  }
}

@Resolver(() => WinBackTask)
export class CareResolver {
  @Query(() => WinBackTaskConnection, { description: 'R-CRM-4: win-back tasks within your ManageWinBack reach.' })
  @Allow(Permission.ManageWinBack)
  async winBackTasks(@GqlCtx() ctx: Ctx, @Args(() => WinBackTasksArgs) args: WinBackTasksArgs) {
    return new WinBackTaskConnection(await ctx.services.care.winBackTasks(ctx, args));
  }

  @Mutation(() => Int, { description: 'Opens a task for each lost customer in reach who has none open; returns how many.' })
  @Allow(Permission.ManageWinBack)
  createWinBackTasks(@GqlCtx() ctx: Ctx, @Arg('input', () => CreateWinBackTasksInput) input: CreateWinBackTasksInput): Promise<number> {
    return ctx.services.care.createWinBackTasks(ctx, input);
  }

  @Mutation(() => WinBackTask)
  @Allow(Permission.ManageWinBack)
  updateWinBackTask(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateWinBackTaskInput) input: UpdateWinBackTaskInput): Promise<WinBackTask> {
    return ctx.services.care.updateWinBackTask(ctx, id, input);
  }

  @Query(() => [RetentionRowType], { description: 'R-CRM-4: retention per station and month, for the last `months` months.' })
  @Allow(Permission.ReadCrmReport)
  async retention(@GqlCtx() ctx: Ctx, @Arg('months', () => Int, { defaultValue: 6 }) months: number, @Arg('stationId', () => ID, { nullable: true }) stationId?: string | null): Promise<RetentionRowType[]> {
    if (months < 1 || months > 24) throw badField('months', 'must be between 1 and 24', 'out_of_range');
    const rows = await ctx.services.care.retention(ctx, months, stationId);
    const units = await Promise.all(rows.map((r) => ctx.loaders.entity(OrgUnit, r.stationId)));
    return rows.map((r, i) => ({ ...r, stationName: units[i]?.name ?? '', rate: r.base ? r.retained / r.base : null }));
  }

  @Query(() => [TierCount], { description: 'Customers per tier now, within your report reach.' })
  @Allow(Permission.ReadCrmReport)
  async tierDistribution(@GqlCtx() ctx: Ctx): Promise<TierCount[]> {
    const rows = await ctx.services.care.tierDistribution(ctx);
    return Promise.all(rows.map(async (r) => ({ tier: await ctx.loaders.entity(Tier, r.tierId), customers: r.customers })));
  }

  @Query(() => CrmSettingsType)
  @Allow(Permission.ReadCustomer, Permission.ReadCrmReport, Permission.ManageLoyaltyProgram)
  crmSettings(@GqlCtx() ctx: Ctx) {
    return ctx.services.tiers.settings(ctx);
  }

  @Mutation(() => CrmSettingsType)
  @Allow(Permission.ManageLoyaltyProgram)
  updateCrmSettings(@GqlCtx() ctx: Ctx, @Arg('input', () => CrmSettingsInput) input: CrmSettingsInput) {
    return ctx.services.care.updateSettings(ctx, input);
  }

  @FieldResolver(() => Customer)
  customer(@GqlCtx() ctx: Ctx, @Root() t: Row<WinBackTask>): MaybePromise<Customer | null> {
    return ctx.loaders.entity(Customer, t.customer);
  }

  @FieldResolver(() => OrgUnit)
  station(@GqlCtx() ctx: Ctx, @Root() t: Row<WinBackTask>): MaybePromise<OrgUnit | null> {
    return ctx.loaders.entity(OrgUnit, t.station);
  }

  @FieldResolver(() => Employee, { nullable: true })
  assignee(@GqlCtx() ctx: Ctx, @Root() t: Row<WinBackTask>): Promise<Employee | null> {
    return ctx.services.employees.visible(ctx, refId(t.assignee));
  }
}

@Resolver(() => CustomerImport)
export class CustomerImportResolver {
  @Mutation(() => CustomerImport, { description: 'Reads and checks a CSV or .xlsx file (GBK/Big5 CSVs too) without importing; then call runCustomerImport.' })
  @Allow(Permission.ImportCustomers)
  previewCustomerImport(@GqlCtx() ctx: Ctx, @Arg('input', () => CustomerImportInput) input: CustomerImportInput): Promise<CustomerImport> {
    return ctx.services.customerFiles.preview(ctx, input);
  }

  @Mutation(() => CustomerImport, { description: 'Imports the next batch of checked rows; call until status is DONE (processedRows shows progress).' })
  @Allow(Permission.ImportCustomers)
  runCustomerImport(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<CustomerImport> {
    return ctx.services.customerFiles.run(ctx, id);
  }

  @Query(() => CustomerImport)
  @Allow(Permission.ImportCustomers)
  customerImport(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<CustomerImport> {
    return ctx.services.customerFiles.get(ctx, id);
  }

  @FieldResolver(() => Int)
  errorRows(@Root() job: Row<CustomerImport>): number {
    return job.totalRows - job.validRows;
  }

  @FieldResolver(() => [ImportColumn])
  columns(@Root() job: Row<CustomerImport>): ImportColumn[] {
    return job.headers.map((header) => ({ header, field: fieldForHeader(header) }));
  }

  @FieldResolver(() => [ImportIssue], { description: `Problems by row and column (the first ${MAX_IMPORT_ISSUES}; the error file has all).` })
  issues(@Root() job: Row<CustomerImport>): ImportIssue[] {
    return job.issues.slice(0, MAX_IMPORT_ISSUES);
  }

  @FieldResolver(() => [ImportRowPreview], { description: `The first ${MAX_IMPORT_PREVIEW_ROWS} rows that will be imported.` })
  async sample(@GqlCtx() ctx: Ctx, @Root() job: CustomerImport): Promise<ImportRowPreview[]> {
    await ctx.em.populate(job, ['rows']);
    return job.rows.slice(0, MAX_IMPORT_PREVIEW_ROWS).map((r) => ({ row: r.row, ...r.values }));
  }

  @FieldResolver(() => ExportFile, { nullable: true, description: 'The rows with problems and what is wrong, as CSV to fix and import again.' })
  errorFile(@GqlCtx() ctx: Ctx, @Root() job: CustomerImport) {
    return ctx.services.customerFiles.errorFile(ctx, job);
  }
}
