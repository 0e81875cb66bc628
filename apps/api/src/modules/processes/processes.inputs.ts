import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLJSON, GraphQLLocalDate } from 'graphql-scalars';
import { ArrayMaxSize, IsInt, IsOptional, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { PageArgs } from '../../common/pagination';
import { MoneyScalar } from '../../common/money';
import { ApproverKind, ConditionOp, FieldType } from './definition.entity';
import { DocumentStatus } from './document.entity';

const KEY = /^[a-z][a-zA-Z0-9_]{0,39}$/;

@InputType()
export class ApproverSpecInput {
  @Field(() => ApproverKind)
  kind!: ApproverKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(60)
  code?: string | null;

  @Field(() => String, { nullable: true })
  unitKind?: string | null;

  @Field(() => String, { nullable: true })
  unitFunction?: string | null;
}

@InputType()
export class StepConditionInput {
  @Field(() => String)
  @Length(1, 40)
  field!: string;

  @Field(() => ConditionOp)
  op!: ConditionOp;

  @Field(() => GraphQLJSON)
  value!: unknown;
}

@InputType()
export class StepDefinitionInput {
  @Field(() => String)
  @Matches(KEY, { message: 'use a camel- or snake-case key starting with a letter' })
  key!: string;

  @Field(() => String)
  @Length(1, 120)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120)
  nameEn?: string | null;

  @Field(() => ApproverSpecInput)
  @ValidateNested()
  approver!: ApproverSpecInput;

  @Field(() => [StepConditionInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  conditions?: StepConditionInput[] | null;

  @Field(() => Int)
  @IsInt()
  timeLimitHours!: number;
}

@InputType()
export class FieldDefinitionInput {
  @Field(() => String)
  @Matches(KEY, { message: 'use a camel- or snake-case key starting with a letter' })
  key!: string;

  @Field(() => String)
  @Length(1, 120)
  label!: string;

  @Field(() => FieldType)
  type!: FieldType;

  @Field(() => Boolean, { defaultValue: true })
  required: boolean = true;

  @Field(() => Boolean, { defaultValue: false })
  immutable: boolean = false;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  choices?: string[] | null;
}

@InputType({ description: 'A new version of a process (R-FLOW-1); documents already filed keep theirs.' })
export class ProcessDefinitionInput {
  @Field(() => String)
  @Length(1, 40)
  kind!: string;

  @Field(() => String)
  @Length(1, 120)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120)
  nameEn?: string | null;

  @Field(() => [FieldDefinitionInput])
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  fields!: FieldDefinitionInput[];

  @Field(() => [StepDefinitionInput])
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  steps!: StepDefinitionInput[];

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When it takes effect; default now.' })
  effectiveFrom?: Date | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  note?: string | null;
}

@InputType()
export class AttachmentInput {
  @Field(() => String)
  @Length(1, 200)
  fileName!: string;

  @Field(() => String, { defaultValue: 'application/octet-stream' })
  @Length(1, 100)
  mimeType: string = 'application/octet-stream';

  @Field(() => String, { description: 'The file, base64-encoded (at most 5 MB).' })
  contentBase64!: string;
}

@InputType({ description: 'R-FLOW-3: an expense claim, filed and submitted in one step.' })
export class ExpenseClaimInput {
  @Field(() => GraphQLLocalDate)
  date!: string;

  @Field(() => String)
  @Length(1, 200)
  place!: string;

  @Field(() => String)
  @Length(1, 1000)
  reason!: string;

  @Field(() => MoneyScalar)
  amount!: number;

  @Field(() => String, { description: 'TRAVEL, MEALS, SUPPLIES, TRANSPORT, TRAINING or OTHER.' })
  category!: string;

  @Field(() => [AttachmentInput], { nullable: true, description: 'Invoices.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  invoices?: AttachmentInput[] | null;

  @Field(() => ID, { nullable: true, description: 'For integrations: the employee claiming (needs SubmitOnBehalf).' })
  applicantId?: string | null;
}

@ArgsType()
export class MyTasksArgs extends PageArgs {
  @Field(() => String, { nullable: true })
  kind?: string | null;

  @Field(() => Boolean, { nullable: true })
  overdueOnly?: boolean | null;
}

@ArgsType()
export class DocumentsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only documents you filed.' })
  mine?: boolean | null;

  @Field(() => String, { nullable: true })
  kind?: string | null;

  @Field(() => [DocumentStatus], { nullable: true })
  status?: DocumentStatus[] | null;
}

@InputType()
export class BudgetInput {
  @Field(() => ID)
  unitId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field(() => String)
  @Length(1, 40)
  category!: string;

  @Field(() => MoneyScalar)
  amount!: number;
}
