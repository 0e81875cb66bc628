import { ArgsType, Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { ArrayMaxSize, IsEmail, IsInt, IsOptional, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { PageArgs } from '../../common/pagination';
import { MoneyScalar } from '../../common/money';
import { ContactChannel, PreferredLanguage } from './customer.entity';
import { WinBackStatus } from './win-back.entity';

const CUSTOMER_CODE = /^[A-Z0-9][A-Z0-9-]{0,19}$/;
const TIER_CODE = /^[A-Z0-9][A-Z0-9_-]{0,29}$/;
const COLOR = /^#[0-9a-fA-F]{6}$/;

export enum CustomerOrder {
  CODE = 'CODE',
  LIFETIME_SPEND_DESC = 'LIFETIME_SPEND_DESC',
  LAST_PURCHASE_DESC = 'LAST_PURCHASE_DESC',
}
registerEnumType(CustomerOrder, { name: 'CustomerOrder' });

@InputType({ description: 'Filters for customer lists; all given ones must hold.' })
export class CustomerFilter {
  @Field(() => String, { nullable: true, description: 'Name (contains), customer number (prefix), or — with ReadCustomerContact — a phone number (ending).' })
  @IsOptional()
  @MaxLength(80)
  search?: string | null;

  @Field(() => String, { nullable: true, description: 'A phone number (or its ending, at least 6 digits). Needs ReadCustomerContact (R-ACL-3).' })
  @IsOptional()
  @MaxLength(40)
  phone?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Any of these tiers.' })
  @IsOptional()
  @ArrayMaxSize(50)
  tierIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only customers with no tier.' })
  noTier?: boolean | null;

  @Field(() => [String], { nullable: true, description: 'Any of these tags.' })
  @IsOptional()
  @ArrayMaxSize(20)
  tags?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Home station (or any unit: its subtree).' })
  stationId?: string | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  lastPurchaseFrom?: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'Last purchase before this (customers who never bought are included).' })
  lastPurchaseBefore?: Date | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Lifetime spend at least.' })
  spendMin?: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Lifetime spend at most.' })
  spendMax?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Only customers who consented (or not) to marketing (R-ACL-3).' })
  marketingConsent?: boolean | null;
}

@ArgsType()
export class CustomersArgs extends PageArgs {
  @Field(() => CustomerFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: CustomerFilter | null;

  @Field(() => CustomerOrder, { defaultValue: CustomerOrder.CODE })
  orderBy: CustomerOrder = CustomerOrder.CODE;
}

@InputType()
export class CreateCustomerInput {
  @Field(() => String, { nullable: true, description: 'Customer number; assigned (C0000123) when left out.' })
  @IsOptional()
  @Matches(CUSTOMER_CODE, { message: 'use 1–20 upper-case letters, digits and dashes' })
  code?: string | null;

  @Field(() => String)
  @Length(1, 80)
  name!: string;

  @Field(() => [String], { description: 'Phone numbers, the first is the main one.' })
  @ArrayMaxSize(5)
  @MaxLength(40, { each: true })
  phones: string[] = [];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(200)
  email?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  birthday?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  address?: string | null;

  @Field(() => PreferredLanguage, { nullable: true })
  preferredLanguage?: PreferredLanguage | null;

  @Field(() => ContactChannel, { nullable: true })
  preferredChannel?: ContactChannel | null;

  @Field(() => [String])
  @ArrayMaxSize(20)
  @Length(1, 30, { each: true })
  tags: string[] = [];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  preferences?: string | null;

  @Field(() => Boolean, { defaultValue: false })
  marketingConsent: boolean = false;

  @Field(() => ID)
  homeStationId!: string;
}

@InputType({ description: 'Fields left out stay as they are; null clears an optional one.' })
export class UpdateCustomerInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 80)
  name?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(5)
  @MaxLength(40, { each: true })
  phones?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(200)
  email?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  birthday?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  address?: string | null;

  @Field(() => PreferredLanguage, { nullable: true })
  preferredLanguage?: PreferredLanguage | null;

  @Field(() => ContactChannel, { nullable: true })
  preferredChannel?: ContactChannel | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @Length(1, 30, { each: true })
  tags?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  preferences?: string | null;

  @Field(() => Boolean, { nullable: true })
  marketingConsent?: boolean | null;

  @Field(() => ID, { nullable: true })
  homeStationId?: string | null;
}

@InputType()
export class PurchaseItemInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(60)
  sku?: string | null;

  @Field(() => String)
  @Length(1, 200)
  name!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(100_000)
  quantity!: number;

  @Field(() => MoneyScalar)
  unitPrice!: number;
}

@InputType({ description: 'A purchase from a point of sale. Posting the same externalOrderId again returns the first result.' })
export class RecordPurchaseInput {
  @Field(() => String, { description: 'The POS order id; makes posting idempotent.' })
  @Length(1, 80)
  externalOrderId!: string;

  @Field(() => ID, { nullable: true, description: 'The customer, by id …' })
  customerId?: string | null;

  @Field(() => String, { nullable: true, description: '… or by a phone number on file.' })
  @IsOptional()
  @MaxLength(40)
  customerPhone?: string | null;

  @Field(() => ID, { nullable: true, description: 'The station of sale, by id …' })
  stationId?: string | null;

  @Field(() => String, { nullable: true, description: '… or by unit code.' })
  @IsOptional()
  @MaxLength(40)
  stationCode?: string | null;

  @Field(() => MoneyScalar, { description: 'The amount paid, greater than zero.' })
  amount!: number;

  @Field(() => [PurchaseItemInput])
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  items: PurchaseItemInput[] = [];

  @Field(() => GraphQLDateTimeISO, { description: 'When the sale happened; not in the future.' })
  occurredAt!: Date;
}

@InputType()
export class RefundPurchaseInput {
  @Field(() => ID, { nullable: true })
  purchaseId?: string | null;

  @Field(() => String, { nullable: true, description: 'Or the POS order id.' })
  @IsOptional()
  @MaxLength(80)
  externalOrderId?: string | null;

  @Field(() => String)
  @Length(1, 300)
  reason!: string;
}

@InputType({ description: 'One tier as marketing defines it (R-CRM-2). Criteria left null do not apply.' })
export class TierDefinitionInput {
  @Field(() => String)
  @Matches(TIER_CODE, { message: 'use 1–30 upper-case letters, digits, dashes and underscores' })
  code!: string;

  @Field(() => String)
  @Length(1, 60)
  name!: string;

  @Field(() => String)
  @Length(1, 60)
  nameZhHans!: string;

  @Field(() => String)
  @Length(1, 60)
  nameEn!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(99)
  rank!: number;

  @Field(() => String, { defaultValue: '#8c8c8c' })
  @Matches(COLOR, { message: 'use a colour like #d4a017' })
  color: string = '#8c8c8c';

  @Field(() => MoneyScalar, { nullable: true })
  minLifetimeSpend?: number | null;

  @Field(() => MoneyScalar, { nullable: true })
  minWindowSpend?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000)
  minWindowPurchases?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  maxDaysSinceLastPurchase?: number | null;

  @Field(() => Float, { defaultValue: 1 })
  @Min(0)
  @Max(10)
  pointsMultiplier: number = 1;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  @Max(9)
  servicePriority: number = 0;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  @Max(100_000)
  birthdayBonusPoints: number = 0;

  @Field(() => [String])
  @ArrayMaxSize(20)
  @Length(1, 200, { each: true })
  memberOffers: string[] = [];

  @Field(() => Int, { defaultValue: 30 })
  @IsInt()
  @Min(0)
  @Max(3650)
  graceDays: number = 30;
}

@InputType({ description: 'A complete set of tier rules: tiers left out are retired.' })
export class TierRulesInput {
  @Field(() => [TierDefinitionInput])
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  tiers!: TierDefinitionInput[];

  @Field(() => Int, { description: 'The rolling window for spend and frequency, in days.' })
  @IsInt()
  @Min(7)
  @Max(3650)
  windowDays!: number;
}

@InputType()
export class OverrideTierInput {
  @Field(() => ID)
  customerId!: string;

  @Field(() => ID, { nullable: true, description: 'The tier to hold; null holds the customer at no tier.' })
  tierId?: string | null;

  @Field(() => String)
  @Length(3, 300)
  reason!: string;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When the override ends (at most two years ahead); null keeps it until cleared.' })
  expiresAt?: Date | null;
}

@InputType()
export class CrmSettingsInput {
  @Field(() => Int)
  @IsInt()
  @Min(30)
  @Max(3650)
  lostAfterDays!: number;
}

@ArgsType()
export class BirthdayArgs extends PageArgs {
  @Field(() => GraphQLLocalDate, { description: 'First day (only month and day count).' })
  from!: string;

  @Field(() => GraphQLLocalDate, { description: 'Last day, inclusive; may wrap past the year end.' })
  to!: string;

  @Field(() => ID, { nullable: true })
  stationId?: string | null;
}

@InputType()
export class CreateWinBackTasksInput {
  @Field(() => ID, { nullable: true, description: 'Only this station (subtree).' })
  stationId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Days without purchase; default the lost-customer setting.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  days?: number | null;

  @Field(() => Int, { defaultValue: 14, description: 'Days to do the task in.' })
  @IsInt()
  @Min(1)
  @Max(365)
  dueInDays: number = 14;
}

@InputType()
export class UpdateWinBackTaskInput {
  @Field(() => WinBackStatus, { nullable: true })
  status?: WinBackStatus | null;

  @Field(() => ID, { nullable: true })
  assigneeId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}

@ArgsType()
export class WinBackTasksArgs extends PageArgs {
  @Field(() => [WinBackStatus], { nullable: true })
  status?: WinBackStatus[] | null;

  @Field(() => ID, { nullable: true })
  stationId?: string | null;
}

@InputType()
export class CustomerImportInput {
  @Field(() => String)
  @Length(1, 200)
  fileName!: string;

  @Field(() => String, { description: 'The file, base64-encoded (at most 5 MB).' })
  contentBase64!: string;

  @Field(() => String, { defaultValue: 'AUTO', description: 'AUTO, UTF8, GBK or BIG5 (CSV only).' })
  @Matches(/^(AUTO|UTF8|GBK|BIG5)$/, { message: 'use AUTO, UTF8, GBK or BIG5' })
  encoding: string = 'AUTO';

  @Field(() => ID, { description: 'Home station for rows that name none.' })
  defaultStationId!: string;
}

export enum ExportFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}
registerEnumType(ExportFormat, { name: 'ExportFormat' });

@InputType()
export class ExportCustomersInput {
  @Field(() => CustomerFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: CustomerFilter | null;

  @Field(() => ExportFormat, { defaultValue: ExportFormat.XLSX })
  format: ExportFormat = ExportFormat.XLSX;

  @Field(() => PreferredLanguage, { defaultValue: PreferredLanguage.ZH_HANT, description: 'Language of the column headers.' })
  language: PreferredLanguage = PreferredLanguage.ZH_HANT;
}
