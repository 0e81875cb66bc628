import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { ArrayMaxSize, IsOptional, Length, MaxLength } from 'class-validator';
import { PageArgs } from '../../common/pagination';
import { Severity, TicketChannel, TicketKind, TicketStatus } from './ticket.entity';
import { SlaState } from './sla-state';

@InputType({ description: 'Opens a case. With externalRef, opening again returns the first case; other content under the same reference is a CONFLICT.' })
export class OpenTicketInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 80)
  externalRef?: string | null;

  @Field(() => TicketKind)
  kind!: TicketKind;

  @Field(() => TicketChannel)
  channel!: TicketChannel;

  @Field(() => Severity, { defaultValue: Severity.MEDIUM })
  severity: Severity = Severity.MEDIUM;

  @Field(() => ID, { nullable: true, description: 'The customer file, by id …' })
  customerId?: string | null;

  @Field(() => String, { nullable: true, description: '… or by a phone number on file (needs ReadCustomerContact), …' })
  @IsOptional()
  @MaxLength(40)
  customerPhone?: string | null;

  @Field(() => String, { nullable: true, description: '… or a walk-in contact, linked to a file later.' })
  @IsOptional()
  @MaxLength(80)
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40)
  contactPhone?: string | null;

  @Field(() => String)
  @Length(1, 200)
  subject!: string;

  @Field(() => String)
  @Length(1, 10_000)
  content!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120)
  product?: string | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  problemAt?: Date | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  problemPlace?: string | null;

  @Field(() => ID, { nullable: true, description: 'The station the case belongs to; default the caller’s own station.' })
  stationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The responsible unit; default the station.' })
  unitId?: string | null;

  @Field(() => ID, { nullable: true })
  assigneeId?: string | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'The reply time promised to the customer.' })
  promisedAt?: Date | null;
}

export enum TicketAction {
  RESPOND = 'RESPOND',
  UPDATE_CUSTOMER = 'UPDATE_CUSTOMER',
  NOTE = 'NOTE',
  ASSIGN = 'ASSIGN',
  HAND_OVER = 'HAND_OVER',
  CHANGE_KIND = 'CHANGE_KIND',
  PROPOSE_SOLUTION = 'PROPOSE_SOLUTION',
  SOLUTION_ACCEPTED = 'SOLUTION_ACCEPTED',
  SOLUTION_REFUSED = 'SOLUTION_REFUSED',
  WAIT_FOR_CUSTOMER = 'WAIT_FOR_CUSTOMER',
  RESUME = 'RESUME',
  RESOLVE = 'RESOLVE',
  REOPEN = 'REOPEN',
  CLOSE = 'CLOSE',
  LINK_CUSTOMER = 'LINK_CUSTOMER',
  /** R-SVC-7, technical support and return or repair cases: what is wrong. */
  DIAGNOSE = 'DIAGNOSE',
  /** R-SVC-7: what was done, after a diagnosis. */
  FIX = 'FIX',
  /** R-SVC-7: whether the fix works (`passed`); a technical support case resolves only after a passed one. */
  VERIFY = 'VERIFY',
  /** R-SVC-7: the user is not satisfied after a passed verification; back to diagnosis and fix (a resolved case reopens). */
  RECHECK = 'RECHECK',
}
registerEnumType(TicketAction, { name: 'TicketAction', description: 'What to do with a case (R-SVC-2, R-SVC-3, R-SVC-7).' });

@InputType()
export class TicketActionInput {
  @Field(() => TicketAction)
  action!: TicketAction;

  @Field(() => String, {
    nullable: true,
    description: 'What was said or done; required for updates, solutions, refusals, reopening and the technical steps (the diagnosis, the fix, how it was verified, why the user is not satisfied). RESOLVE takes it as the summary when `summary` is not given.',
  })
  @IsOptional()
  @MaxLength(10_000)
  text?: string | null;

  @Field(() => ID, { nullable: true, description: 'HAND_OVER: the unit taking over.' })
  unitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'ASSIGN and HAND_OVER: the employee.' })
  assigneeId?: string | null;

  @Field(() => TicketKind, { nullable: true, description: 'CHANGE_KIND.' })
  kind?: TicketKind | null;

  @Field(() => ID, { nullable: true, description: 'LINK_CUSTOMER: the customer file of a walk-in contact.' })
  customerId?: string | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'RESPOND: the reply time promised to the customer.' })
  promisedAt?: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'VERIFY: whether the fix passed verification.' })
  passed?: boolean | null;

  @Field(() => String, { nullable: true, description: 'RESOLVE: the summary of what was found and done (R-SVC-7).' })
  @IsOptional()
  @MaxLength(5000)
  summary?: string | null;

  @Field(() => String, { nullable: true, description: 'RESOLVE: how to keep it from happening again (R-SVC-7).' })
  @IsOptional()
  @MaxLength(5000)
  improvementProposal?: string | null;
}

@ArgsType()
export class TicketsArgs extends PageArgs {
  @Field(() => [TicketStatus], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(5)
  status?: TicketStatus[] | null;

  @Field(() => [TicketKind], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(4)
  kind?: TicketKind[] | null;

  @Field(() => [Severity], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(4)
  severity?: Severity[] | null;

  @Field(() => ID, { nullable: true, description: 'Responsible unit (and its sub-units).' })
  unitId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only cases assigned to you.' })
  mine?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Only cases assigned to this employee (within your reach, as every filter); not with `mine`.' })
  assigneeId?: string | null;

  @Field(() => [SlaState], { nullable: true, description: 'Cases still being worked whose SLA clock is in one of these states now (as the console’s badge shows it).' })
  @IsOptional()
  @ArrayMaxSize(4)
  sla?: SlaState[] | null;

  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only cases with a breach recorded (it stays recorded, R-SVC-10); `sla: [BREACHED]` is about now.' })
  breached?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Case number (prefix) or subject (contains).' })
  @IsOptional()
  @MaxLength(80)
  search?: string | null;
}

@InputType()
export class FollowUpInput {
  @Field(() => Boolean, { description: 'Whether the customer was reached.' })
  reached!: boolean;

  @Field(() => Boolean, { nullable: true })
  satisfied?: boolean | null;

  @Field(() => String)
  @Length(1, 2000)
  result!: string;
}
