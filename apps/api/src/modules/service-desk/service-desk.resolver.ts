import { Arg, Args, Ctx as GqlCtx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import type { Ctx } from '../../context';
import { Allow } from '../../common/auth/allow';
import { Permission } from '../../common/auth/permissions';
import { Connection } from '../../common/pagination';
import { maskPhone } from '../../common/mask';
import { refId, type MaybePromise, type Row } from '../../common/rows';
import { OrgUnit } from '../org/org-unit.entity';
import { Employee } from '../org/employee.entity';
import { Customer } from '../crm';
import { FollowUpVisit, SlaPolicy, Ticket, TicketEvent } from './ticket.entity';
import { FollowUpInput, OpenTicketInput, TicketActionInput, TicketsArgs } from './service-desk.inputs';
import { TICKET_CHANGED, type TicketChangePayload, type TicketRow } from './ticket.service';
import { TicketEventKind, TicketKind, TicketStatus } from './ticket.entity';
import { SlaState, slaStateOf } from './sla-state';

export const TicketConnection = Connection(Ticket, 'Ticket');

@ObjectType({ simpleResolvers: true, description: 'A case was opened or changed (for live queues).' })
export class TicketChange {
  @Field(() => ID)
  ticketId!: string;

  @Field(() => String)
  number!: string;

  @Field(() => TicketStatus)
  status!: TicketStatus;

  @Field(() => TicketKind)
  kind!: TicketKind;

  @Field(() => TicketEventKind)
  change!: TicketEventKind;

  @Field(() => GraphQLDateTimeISO)
  at!: Date;
}

@Resolver(() => Ticket)
export class TicketResolver {
  @Mutation(() => Ticket, { description: 'Opens a case (R-SVC-1). With externalRef, opening again returns the first case.' })
  @Allow(Permission.OpenTicket)
  openTicket(@GqlCtx() ctx: Ctx, @Arg('input', () => OpenTicketInput) input: OpenTicketInput): Promise<Ticket> {
    return ctx.services.tickets.open(ctx, input);
  }

  @Query(() => Ticket)
  @Allow(Permission.ReadTicket)
  ticket(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Ticket> {
    return ctx.services.tickets.get(ctx, id);
  }

  @Query(() => TicketConnection, { description: 'The queue: cases within reach, highest priority first.' })
  @Allow(Permission.ReadTicket)
  async tickets(@GqlCtx() ctx: Ctx, @Args(() => TicketsArgs) args: TicketsArgs) {
    return new TicketConnection(await ctx.services.tickets.list(ctx, args));
  }

  @Mutation(() => Ticket, { description: 'One step of a case: respond, update the customer, hand over, propose a solution, wait, resolve, … (R-SVC-2, R-SVC-3, R-SVC-7).' })
  @Allow(Permission.ManageTicket)
  actOnTicket(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('input', () => TicketActionInput) input: TicketActionInput): Promise<Ticket> {
    return ctx.services.tickets.act(ctx, id, input);
  }

  @Subscription(() => TicketChange, {
    topics: TICKET_CHANGED,
    // Only changes to cases the subscriber may read (R-ACL-1), judged per event.
    filter: ({ payload, context }: { payload: TicketChangePayload; context: Ctx }) =>
      context.access.reaches(Permission.ReadTicket, payload.unitPath, payload.assigneeId) || context.access.reaches(Permission.ReadTicket, payload.stationPath, payload.assigneeId),
    description: 'Cases within your reach as they open or change, over WebSocket (graphql-ws) at /graphql.',
  })
  @Allow(Permission.ReadTicket)
  ticketChanged(@Root() payload: TicketChangePayload): TicketChange {
    return payload;
  }

  @Query(() => [SlaPolicy], { description: 'SLA targets in business minutes (R-SVC-10).' })
  @Allow(Permission.ReadTicket)
  slaPolicies(@GqlCtx() ctx: Ctx): Promise<SlaPolicy[]> {
    return ctx.em.find(SlaPolicy, {}, { orderBy: { kind: 'asc', severity: 'asc', minPriority: 'asc' } });
  }

  @FieldResolver(() => Customer, { nullable: true })
  customer(@GqlCtx() ctx: Ctx, @Root() t: Row<Ticket>): MaybePromise<Customer | null> {
    return ctx.loaders.entity(Customer, t.customer);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The customer’s name (in the queue, read with the case).' })
  customerName(@GqlCtx() ctx: Ctx, @Root() t: Row<TicketRow>): MaybePromise<string | null> {
    if (t.customerName !== undefined) return t.customerName;
    const c = ctx.loaders.entity(Customer, t.customer);
    return c instanceof Promise ? c.then((x) => x?.name ?? null) : (c?.name ?? null);
  }

  @FieldResolver(() => String, { nullable: true })
  contactName(@Root() t: Row<Ticket>): string | null {
    return t.contactName ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'A walk-in contact’s number, masked without ReadCustomerContact (R-ACL-3).' })
  contactPhone(@GqlCtx() ctx: Ctx, @Root() t: Row<Ticket>): string | null {
    if (!t.contactPhone) return null;
    return ctx.access.has(Permission.ReadCustomerContact) ? t.contactPhone : maskPhone(t.contactPhone);
  }

  @FieldResolver(() => OrgUnit)
  unit(@GqlCtx() ctx: Ctx, @Root() t: Row<Ticket>): MaybePromise<OrgUnit | null> {
    return ctx.loaders.entity(OrgUnit, t.unit);
  }

  @FieldResolver(() => String)
  unitName(@GqlCtx() ctx: Ctx, @Root() t: Row<TicketRow>): MaybePromise<string> {
    if (t.unitName !== undefined) return t.unitName;
    const u = ctx.loaders.entity(OrgUnit, t.unit);
    return u instanceof Promise ? u.then((x) => x?.name ?? '') : (u?.name ?? '');
  }

  @FieldResolver(() => OrgUnit)
  station(@GqlCtx() ctx: Ctx, @Root() t: Row<Ticket>): MaybePromise<OrgUnit | null> {
    return ctx.loaders.entity(OrgUnit, t.station);
  }

  @FieldResolver(() => ID, { nullable: true })
  assigneeId(@Root() t: Row<Ticket>): string | null {
    return refId(t.assignee);
  }

  @FieldResolver(() => String, { nullable: true })
  assigneeName(@GqlCtx() ctx: Ctx, @Root() t: Row<TicketRow>): MaybePromise<string | null> {
    if (t.assigneeName !== undefined) return t.assigneeName;
    const e = ctx.loaders.entity(Employee, t.assignee);
    return e instanceof Promise ? e.then((x) => x?.name ?? null) : (e?.name ?? null);
  }

  @FieldResolver(() => Boolean, { description: 'The SLA clock is stopped while waiting for the customer.' })
  paused(@Root() t: Row<Ticket>): boolean {
    return !!t.pausedAt;
  }

  @FieldResolver(() => SlaState, { nullable: true, description: 'Where the case stands against its next SLA target now (R-SVC-10), as the queue’s `sla` filter reads it.' })
  slaState(@GqlCtx() ctx: Ctx, @Root() t: Row<Ticket>): SlaState | null {
    return slaStateOf(t, ctx.now());
  }

  @FieldResolver(() => [TicketEvent], { description: 'The case’s one timeline, oldest first.' })
  timeline(@GqlCtx() ctx: Ctx, @Root() t: Row<Ticket>): Promise<TicketEvent[]> {
    return ctx.services.tickets.timeline(ctx, t.id);
  }
}

@Resolver(() => FollowUpVisit)
export class FollowUpResolver {
  @Query(() => [FollowUpVisit], { description: 'Follow-up visits (回訪) of cases within reach, soonest due first.' })
  @Allow(Permission.ReadTicket)
  followUpVisits(@GqlCtx() ctx: Ctx, @Arg('dueOnly', () => Boolean, { defaultValue: true }) dueOnly: boolean): Promise<FollowUpVisit[]> {
    return ctx.services.tickets.followUps(ctx, dueOnly);
  }

  @Mutation(() => FollowUpVisit, { description: 'Records a follow-up visit; the result goes into the customer’s file, and an unsatisfied customer reopens the case.' })
  @Allow(Permission.ManageTicket)
  recordFollowUp(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('input', () => FollowUpInput) input: FollowUpInput): Promise<FollowUpVisit> {
    return ctx.services.tickets.recordFollowUp(ctx, id, input);
  }

  @FieldResolver(() => Ticket)
  ticket(@GqlCtx() ctx: Ctx, @Root() v: Row<FollowUpVisit>): MaybePromise<Ticket | null> {
    return ctx.loaders.entity(Ticket, v.ticket);
  }
}
