import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { TicketKind } from './ticket.entity';

/** One group of a report: a stable key (for filters and translations), what to show, how many. */
@ObjectType({ simpleResolvers: true, description: 'One group of a service report: a stable key, a label to show, a count.' })
export class ReportBucket {
  @Field(() => String, { description: 'Stable: a unit or employee id, an enum value, a month (YYYY-MM), the text itself, or UNRECORDED.' })
  key!: string;

  @Field(() => String)
  label!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Returns and repairs counted for one month or a year (R-SVC-9).' })
export class RepairCounts {
  @Field(() => Int, { description: 'Products taken in: returns accepted (within the window or by exception) and repairs received, by when they were taken in.' })
  received!: number;

  @Field(() => Int, { description: 'Repairs received.' })
  repairsReceived!: number;

  @Field(() => Int, { description: 'Returns taken back.' })
  returnsReceived!: number;

  @Field(() => Int, { description: 'Repairs back with the customer (DELIVERED), by when they were delivered.' })
  delivered!: number;

  @Field(() => Int, { description: 'Repairs received under warranty.' })
  inWarranty!: number;

  @Field(() => Int, { description: 'Repairs received out of warranty (charged).' })
  outOfWarranty!: number;

  @Field(() => Int, { description: 'Returns taken back within three months of shipping with a quality problem (R-SVC-8).' })
  returnsAccepted!: number;

  @Field(() => Int, { description: 'Returns taken back through an approved RETURN_EXCEPTION.' })
  returnsByException!: number;
}

@ObjectType({ simpleResolvers: true, description: 'One month of the repair report.' })
export class RepairMonth extends RepairCounts {
  @Field(() => Int, { description: '1 = January … 12 = December, in the company’s time zone.' })
  month!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Monthly repair counts for the management review (R-SVC-9).' })
export class RepairReport {
  @Field(() => Int)
  year!: number;

  @Field(() => [RepairMonth], { description: 'Every month 1…12, zeros included.' })
  months!: RepairMonth[];

  @Field(() => RepairCounts, { description: 'The year’s totals.' })
  total!: RepairCounts;
}

@ObjectType({ simpleResolvers: true, description: 'The annual complaint analysis for the management review (R-SVC-9).' })
export class ComplaintAnalysis {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: 'Complaints opened in the year (cases of kind COMPLAINT, by opening time).' })
  total!: number;

  @Field(() => Int, { description: 'Of those, found justified on quality control’s handling form.' })
  substantiated!: number;

  @Field(() => [ReportBucket], { description: 'By the handling form’s root cause (the text); UNRECORDED without a form or findings. Most first.' })
  byRootCause!: ReportBucket[];

  @Field(() => [ReportBucket], { description: 'By the product on the case; UNRECORDED when none was named. Most first.' })
  byProduct!: ReportBucket[];

  @Field(() => [ReportBucket], { description: 'By the responsible unit on the handling form, else the case’s responsible unit (key: unit id). Most first.' })
  byResponsibleUnit!: ReportBucket[];

  @Field(() => [ReportBucket], { description: 'Every month of the year (key YYYY-MM), zeros included.' })
  byMonth!: ReportBucket[];

  @Field(() => [ReportBucket], { description: 'By triage outcome (key: ComplaintTriage, or UNTRIAGED). Most first.' })
  byTriage!: ReportBucket[];
}

export enum SlaReportGroup {
  AGENT = 'AGENT',
  UNIT = 'UNIT',
  MONTH = 'MONTH',
}
registerEnumType(SlaReportGroup, {
  name: 'SlaReportGroup',
  description: 'AGENT: the case’s assignee (key: employee id, or UNASSIGNED); UNIT: its responsible unit (key: unit id); MONTH: the month of its outcome (key YYYY-MM, every month of the period).',
});

@ObjectType({ simpleResolvers: true, description: 'SLA attainment of one group (R-SVC-10).' })
export class SlaAttainmentRow {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  label!: string;

  @Field(() => Int, { description: 'Measured cases: those whose SLA outcome falls in the period (see slaAttainment).' })
  cases!: number;

  @Field(() => Int, { description: 'Measured cases whose first response was not breached.' })
  firstResponseMet!: number;

  @Field(() => Int, { description: 'Measured cases resolved without breaching the resolution target.' })
  resolutionMet!: number;

  @Field(() => Int, { description: 'Measured cases with a breached first-response or resolution target.' })
  breached!: number;

  @Field(() => Float, { nullable: true, description: 'Percent of measured cases not breached, one decimal; null without cases.' })
  rate!: number | null;
}

@ObjectType({ simpleResolvers: true, description: 'One agent’s service figures over a period (R-SVC-10).' })
export class AgentServiceStats {
  @Field(() => ID)
  employeeId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int, { description: 'Cases on which the agent answered the customer (a response, an update or the resolution) within the period.' })
  answered!: number;

  @Field(() => Int, { description: 'Cases the agent resolved within the period.' })
  resolved!: number;

  @Field(() => Int, { description: 'Substantiated complaints against the agent, by handling form date, within the period.' })
  substantiatedComplaints!: number;

  @Field(() => Int, { description: 'Substantiated complaints against the agent in the 365 days up to the end of the period (or now, if earlier).' })
  substantiatedInYear!: number;

  @Field(() => Boolean, { description: 'R-SVC-10: three substantiated complaints within those 365 days call for a penalty review.' })
  penaltyReviewDue!: boolean;

  @Field(() => Int, { description: 'Measured SLA cases assigned to the agent (as in slaAttainment by AGENT).' })
  slaCases!: number;

  @Field(() => Float, { nullable: true, description: 'Percent of those not breached, one decimal; null without cases.' })
  slaRate!: number | null;
}

@ObjectType({ simpleResolvers: true, description: 'An improvement proposal written with a case’s resolution (R-SVC-7), for the management review (R-SVC-9).' })
export class ImprovementProposal {
  @Field(() => ID)
  ticketId!: string;

  @Field(() => String)
  number!: string;

  @Field(() => TicketKind)
  kind!: TicketKind;

  @Field(() => String)
  subject!: string;

  @Field(() => String, { nullable: true })
  product!: string | null;

  @Field(() => String, { description: 'The resolution’s summary.' })
  summary!: string;

  @Field(() => String)
  proposal!: string;

  @Field(() => GraphQLDateTimeISO)
  resolvedAt!: Date;
}
