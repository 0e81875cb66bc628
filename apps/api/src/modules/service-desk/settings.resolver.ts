import { Arg, Ctx as GqlCtx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../context';
import { Allow } from '../../common/auth/allow';
import { Permission } from '../../common/auth/permissions';
import { SlaPolicy } from './ticket.entity';
import { ServiceCalendarInput, SlaPolicyInput, StationCalendar } from './settings.types';

@Resolver()
export class ServiceSettingsResolver {
  @Query(() => [StationCalendar], { description: 'Every station with its business calendar, or the default one when it has none (R-SVC-10).' })
  @Allow(Permission.ReadTicket, Permission.ManageServiceSettings)
  serviceCalendars(@GqlCtx() ctx: Ctx): Promise<StationCalendar[]> {
    return ctx.services.serviceSettings.calendars(ctx);
  }

  @Query(() => StationCalendar, { description: 'One station’s business calendar, or the default one when it has none.' })
  @Allow(Permission.ReadTicket, Permission.ManageServiceSettings)
  serviceCalendar(@GqlCtx() ctx: Ctx, @Arg('stationId', () => ID) stationId: string): Promise<StationCalendar> {
    return ctx.services.serviceSettings.calendar(ctx, stationId);
  }

  @Mutation(() => StationCalendar, {
    description:
      'Sets a station’s opening hours and holidays (R-SVC-10), within your ManageServiceSettings reach. Applies to SLA clocks from now on: cases opened or re-classified later, next-update times set later, and the business time counted when a paused case resumes. Due times already set on open cases are promises made to customers and stay as they are.',
  })
  @Allow(Permission.ManageServiceSettings)
  setServiceCalendar(@GqlCtx() ctx: Ctx, @Arg('stationId', () => ID) stationId: string, @Arg('input', () => ServiceCalendarInput) input: ServiceCalendarInput): Promise<StationCalendar> {
    return ctx.services.serviceSettings.setCalendar(ctx, stationId, input);
  }

  @Mutation(() => SlaPolicy, {
    description:
      'Creates or changes the SLA targets of a kind, severity and priority threshold (R-SVC-10); company-wide, so ManageServiceSettings must reach ALL. New targets apply to cases opened or re-classified after the change, and the update interval from each case’s next customer update; due times already set stay.',
  })
  @Allow(Permission.ManageServiceSettings)
  upsertSlaPolicy(@GqlCtx() ctx: Ctx, @Arg('input', () => SlaPolicyInput) input: SlaPolicyInput): Promise<SlaPolicy> {
    return ctx.services.serviceSettings.upsertPolicy(ctx, input);
  }

  @Mutation(() => ID, {
    description:
      'Deletes a priority SLA policy and returns its id; the customers it served fall back to the next lower threshold for cases opened from now on. The base policy (minPriority 0) of a kind and severity cannot be deleted (CONFLICT, reason BASE_POLICY).',
  })
  @Allow(Permission.ManageServiceSettings)
  deleteSlaPolicy(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<string> {
    return ctx.services.serviceSettings.deletePolicy(ctx, id);
  }
}
