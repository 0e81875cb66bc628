import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLJSONObject } from 'graphql-scalars';
import { BaseEntity, uuidv7 } from '../../common/entity';
import { OrgUnit } from '../org/org-unit.entity';
import { Employee } from '../org/employee.entity';
import { Customer } from '../crm/customer.entity';

export enum TicketKind {
  INQUIRY = 'INQUIRY',
  COMPLAINT = 'COMPLAINT',
  TECH_SUPPORT = 'TECH_SUPPORT',
  RETURN_REPAIR = 'RETURN_REPAIR',
}
export enum TicketChannel {
  PHONE = 'PHONE',
  EMAIL = 'EMAIL',
  ONLINE = 'ONLINE',
  VISIT = 'VISIT',
}
export enum Severity {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
  CRITICAL = 'CRITICAL',
}
export enum TicketStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  WAITING_CUSTOMER = 'WAITING_CUSTOMER',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
}
registerEnumType(TicketKind, { name: 'TicketKind', description: 'Inquiry 咨詢, complaint 投訴, technical support, return or repair (R-SVC-1).' });
registerEnumType(TicketChannel, { name: 'TicketChannel' });
registerEnumType(Severity, { name: 'Severity' });
registerEnumType(TicketStatus, { name: 'TicketStatus', description: 'WAITING_CUSTOMER pauses the SLA clock (R-SVC-10).' });

export enum ComplaintTriage {
  /** Not the company's responsibility: explained to the customer, who is helped anyway. */
  NOT_OURS = 'NOT_OURS',
  SOLVED_BY_SERVICE = 'SOLVED_BY_SERVICE',
  /** Needs other departments: a complaint handling form goes to quality control. */
  NEEDS_OTHER_UNITS = 'NEEDS_OTHER_UNITS',
}
registerEnumType(ComplaintTriage, { name: 'ComplaintTriage', description: 'R-SVC-4: whose the complaint is.' });

/** How far the technical work of a case has come in its current round (R-SVC-7). */
export enum TechnicalStage {
  DIAGNOSED = 'DIAGNOSED',
  FIXED = 'FIXED',
  /** The fix passed verification: the case may be resolved. */
  VERIFIED = 'VERIFIED',
  /** The fix did not pass: fix again, or diagnose again. */
  VERIFICATION_FAILED = 'VERIFICATION_FAILED',
  /** The user was not satisfied after a passed verification: back to diagnosis and fix. */
  RECHECK = 'RECHECK',
}
registerEnumType(TechnicalStage, {
  name: 'TechnicalStage',
  description: 'R-SVC-7: diagnose, fix and verify; a user not satisfied after verification sends the case back (RECHECK). Technical support and return or repair cases only.',
});

/** Kinds whose cases carry technical work: diagnosis, fix and verification (R-SVC-7). */
export const TECHNICAL_KINDS: ReadonlySet<TicketKind> = new Set([TicketKind.TECH_SUPPORT, TicketKind.RETURN_REPAIR]);

/**
 * One case record for every customer contact (R-SVC-1). Its kind may change (an inquiry
 * becomes a complaint) and it keeps one timeline. SLA due times are instants computed in the
 * station's business hours; a breach, once recorded, stays recorded.
 */
@ObjectType({ simpleResolvers: true, description: 'A service-desk case (R-SVC-1).' })
@Entity({ tableName: 'ticket' })
@Index({ properties: ['status', 'resolutionDueAt'] })
@Index({ properties: ['unit', 'status'] })
@Index({ properties: ['assignee', 'status'] })
@Index({ properties: ['customer', 'openedAt'] })
@Index({ properties: ['priority', 'openedAt', 'id'] })
// The annual complaint analysis reads one kind over one year (R-SVC-9).
@Index({ properties: ['kind', 'openedAt'] })
// The working queue in its own order, and with the units the reach filter joins on, so a page
// reads only its rows and the count reads only this index (bench/service-desk.mjs).
@Index({
  name: 'ticket_queue_index',
  expression: `create index "ticket_queue_index" on "ticket" ("priority" desc, "opened_at", "id", "unit_id", "station_id") where "status" in ('OPEN', 'IN_PROGRESS', 'WAITING_CUSTOMER')`,
})
export class Ticket extends BaseEntity {
  @Field(() => ID)
  declare id: string;

  @Field(() => String, { description: 'e.g. TKT-2026-000042' })
  @Property({ type: 'string', length: 30 })
  @Unique()
  number!: string;

  /** The caller's own reference (a call-centre case id): opening twice with it opens once. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 80, nullable: true })
  @Unique()
  externalRef?: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  contentHash?: string | null;

  @Field(() => TicketKind)
  @Enum({ items: () => TicketKind })
  kind!: TicketKind;

  @Field(() => TicketChannel)
  @Enum({ items: () => TicketChannel })
  channel!: TicketChannel;

  @Field(() => Severity)
  @Enum({ items: () => Severity })
  severity!: Severity;

  @Field(() => TicketStatus)
  @Enum({ items: () => TicketStatus })
  status: TicketStatus = TicketStatus.OPEN;

  @ManyToOne(() => Customer, { nullable: true, deleteRule: 'set null' })
  customer?: Customer | null;

  /** A walk-in contact not (yet) linked to a customer file; masked like contact data (R-ACL-3). */
  @Property({ type: 'string', length: 80, nullable: true })
  contactName?: string | null;

  @Property({ type: 'string', length: 40, nullable: true })
  contactPhone?: string | null;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  subject!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  content!: string;

  @Field(() => String, { nullable: true, description: 'The product or service involved.' })
  @Property({ type: 'string', length: 120, nullable: true })
  product?: string | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  problemAt?: Date | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  problemPlace?: string | null;

  /** The station where the case was opened; its calendar and reach apply. */
  @ManyToOne(() => OrgUnit, { deleteRule: 'restrict' })
  station!: OrgUnit;

  /** The responsible unit (R-SVC-2: handed over to it). */
  @ManyToOne(() => OrgUnit, { deleteRule: 'restrict' })
  unit!: OrgUnit;

  @ManyToOne(() => Employee, { nullable: true, deleteRule: 'set null' })
  assignee?: Employee | null;

  @Field(() => Int, { description: 'From the customer’s tier (R-CRM-2): higher is served first.' })
  @Property({ type: 'integer', default: 0 })
  priority: number = 0;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'The reply time promised to the customer (R-SVC-2).' })
  @Property({ type: 'datetime', nullable: true })
  promisedAt?: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  firstResponseDueAt?: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  firstRespondedAt?: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When the customer is next due an update.' })
  @Property({ type: 'datetime', nullable: true })
  nextUpdateDueAt?: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  resolutionDueAt?: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  resolvedAt?: Date | null;

  /** While waiting for the customer the SLA clock stops (R-SVC-10); due times move by the paused business time. */
  @Property({ type: 'datetime', nullable: true })
  pausedAt?: Date | null;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  firstResponseBreached: boolean = false;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  resolutionBreached: boolean = false;

  @Property({ type: 'datetime', nullable: true })
  warnedAt?: Date | null;

  @Field(() => Int, { description: '0 none, 1 unit head, 2 station manager (after a breach).' })
  @Property({ type: 'integer', default: 0 })
  escalationLevel: number = 0;

  /** When the contact came in, by the service's clock: SLA targets and the queue order count from here. */
  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  openedAt!: Date;

  // Kept last: SQLite adds columns at the end of the table, and the entity follows its order.
  @Field(() => ComplaintTriage, { nullable: true, description: 'R-SVC-4: how the complaint was triaged, last decision (the annual complaint analysis counts it).' })
  @Enum({ items: () => ComplaintTriage, nullable: true })
  triage?: ComplaintTriage | null;

  @Field(() => TechnicalStage, { nullable: true, description: 'R-SVC-7: where the technical work of the current round stands; null before a diagnosis.' })
  @Enum({ items: () => TechnicalStage, nullable: true })
  technicalStage?: TechnicalStage | null;

  @Field(() => Int, { description: 'R-SVC-7: the technical round, 1 from the first diagnosis, one more after each re-check; 0 before any.' })
  @Property({ type: 'integer', default: 0 })
  technicalRound: number = 0;

  @Field(() => String, { nullable: true, description: 'The summary written at the last resolution (R-SVC-7); cleared when the case is reopened.' })
  @Property({ type: 'text', nullable: true })
  resolutionSummary?: string | null;

  @Field(() => String, { nullable: true, description: 'The improvement proposal written with the last resolution (R-SVC-7); cleared when the case is reopened.' })
  @Property({ type: 'text', nullable: true })
  improvementProposal?: string | null;

  @Field(() => GraphQLDateTimeISO)
  declare updatedAt: Date;
}

export enum TicketEventKind {
  OPENED = 'OPENED',
  KIND_CHANGED = 'KIND_CHANGED',
  ASSIGNED = 'ASSIGNED',
  HANDED_OVER = 'HANDED_OVER',
  RESPONDED = 'RESPONDED',
  CUSTOMER_UPDATED = 'CUSTOMER_UPDATED',
  NOTE = 'NOTE',
  SOLUTION_PROPOSED = 'SOLUTION_PROPOSED',
  SOLUTION_ACCEPTED = 'SOLUTION_ACCEPTED',
  SOLUTION_REFUSED = 'SOLUTION_REFUSED',
  WAITING_CUSTOMER = 'WAITING_CUSTOMER',
  RESUMED = 'RESUMED',
  RESOLVED = 'RESOLVED',
  REOPENED = 'REOPENED',
  CLOSED = 'CLOSED',
  SLA_WARNED = 'SLA_WARNED',
  SLA_BREACHED = 'SLA_BREACHED',
  ESCALATED = 'ESCALATED',
  FOLLOW_UP_DONE = 'FOLLOW_UP_DONE',
  /** R-SVC-7's technical steps; data: `{ round }`, `{ round, passed }` for VERIFIED, `{ round, reopened }` for RECHECKED. */
  DIAGNOSED = 'DIAGNOSED',
  FIXED = 'FIXED',
  VERIFIED = 'VERIFIED',
  RECHECKED = 'RECHECKED',
}
registerEnumType(TicketEventKind, { name: 'TicketEventKind' });

/** The case's one timeline (R-SVC-1): every step, who, when, what was said. Rows are only inserted. */
@ObjectType({ simpleResolvers: true, description: 'One entry of a case’s timeline.' })
@Entity({ tableName: 'ticket_event' })
@Index({ properties: ['ticket', 'at'] })
// Per-agent service figures count an employee's own steps over a period (R-SVC-10).
@Index({ properties: ['actorId', 'at'] })
export class TicketEvent {
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = uuidv7();

  @ManyToOne(() => Ticket, { deleteRule: 'cascade' })
  ticket!: Ticket;

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  at!: Date;

  @Field(() => TicketEventKind)
  @Enum({ items: () => TicketEventKind })
  kind!: TicketEventKind;

  @Field(() => String, { nullable: true, description: 'Who; null when the system did it (SLA sweep).' })
  @Property({ type: 'string', length: 200, nullable: true })
  actorName?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  text?: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  @Property({ type: 'json', nullable: true })
  data?: Record<string, unknown> | null;

  /** The employee who took the step (null for the sweep, API keys and steps recorded before it was kept). */
  @Property({ type: 'string', length: 36, nullable: true })
  actorId?: string | null;
}

/**
 * SLA targets in business minutes (R-SVC-10) for a kind and severity; rows with a higher
 * `minPriority` apply to customers whose tier gives at least that service priority (R-CRM-2).
 */
@ObjectType({ simpleResolvers: true, description: 'SLA targets in business minutes (R-SVC-10).' })
@Entity({ tableName: 'sla_policy' })
@Unique({ properties: ['kind', 'severity', 'minPriority'] })
export class SlaPolicy extends BaseEntity {
  @Field(() => ID)
  declare id: string;

  @Field(() => TicketKind)
  @Enum({ items: () => TicketKind })
  kind!: TicketKind;

  @Field(() => Severity)
  @Enum({ items: () => Severity })
  severity!: Severity;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  minPriority: number = 0;

  @Field(() => Int)
  @Property({ type: 'integer' })
  firstResponseMinutes!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  updateMinutes!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  resolutionMinutes!: number;
}

/** A station's opening hours and holidays, which SLA clocks count in (R-SVC-10). */
@ObjectType({ simpleResolvers: true, description: 'A station’s business hours and holidays (R-SVC-10).' })
@Entity({ tableName: 'service_calendar' })
export class ServiceCalendar extends BaseEntity {
  @Field(() => ID)
  declare id: string;

  @ManyToOne(() => OrgUnit, { deleteRule: 'cascade' })
  @Unique()
  station!: OrgUnit;

  /** Per weekday (0 = Sunday) the open intervals in minutes after midnight. */
  @Field(() => [[[Int]]], { description: 'Per weekday (0 = Sunday) the open intervals as [fromMinute, toMinute].' })
  @Property({ type: 'json' })
  week: [number, number][][] = [];

  @Field(() => [String], { description: 'Closed dates, YYYY-MM-DD.' })
  @Property({ type: 'json' })
  holidays: string[] = [];
}

export enum FollowUpStatus {
  DUE = 'DUE',
  DONE = 'DONE',
  UNREACHABLE = 'UNREACHABLE',
}
registerEnumType(FollowUpStatus, { name: 'FollowUpStatus' });

/** The visit or call after a case is resolved (回訪); its result goes into the customer's file. */
@ObjectType({ simpleResolvers: true, description: 'A follow-up visit after a resolved case (回訪).' })
@Entity({ tableName: 'follow_up_visit' })
@Index({ properties: ['status', 'dueAt'] })
export class FollowUpVisit extends BaseEntity {
  @Field(() => ID)
  declare id: string;

  @ManyToOne(() => Ticket, { deleteRule: 'cascade' })
  @Unique()
  ticket!: Ticket;

  @ManyToOne(() => Employee, { nullable: true, deleteRule: 'set null' })
  assignee?: Employee | null;

  @Field(() => FollowUpStatus)
  @Enum({ items: () => FollowUpStatus })
  status: FollowUpStatus = FollowUpStatus.DUE;

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  dueAt!: Date;

  @Field(() => Boolean, { nullable: true })
  @Property({ type: 'boolean', nullable: true })
  satisfied?: boolean | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  result?: string | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  doneAt?: Date | null;
}
