import { Arg, Ctx as GqlCtx, ID, Int, Query, Resolver } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import type { Ctx } from '../../context';
import { Allow } from '../../common/auth/allow';
import { Permission } from '../../common/auth/permissions';
import { AgentServiceStats, ComplaintAnalysis, ImprovementProposal, RepairReport, SlaAttainmentRow, SlaReportGroup } from './report.types';

const UNIT = 'Only cases whose responsible unit or station lies in this unit’s subtree (a unit that does not exist matches none).';

@Resolver()
export class ServiceReportResolver {
  @Query(() => RepairReport, { description: 'R-SVC-9: returns and repairs per month of the year (local time), within your ReadServiceReport reach. One statement.' })
  @Allow(Permission.ReadServiceReport)
  repairReport(@GqlCtx() ctx: Ctx, @Arg('year', () => Int) year: number, @Arg('unitId', () => ID, { nullable: true, description: UNIT }) unitId?: string | null): Promise<RepairReport> {
    return ctx.services.serviceReports.repairs(ctx, year, unitId);
  }

  @Query(() => ComplaintAnalysis, { description: 'R-SVC-9: the annual complaint analysis of the complaints opened in the year (local time), within your ReadServiceReport reach. One statement.' })
  @Allow(Permission.ReadServiceReport)
  complaintAnalysis(@GqlCtx() ctx: Ctx, @Arg('year', () => Int) year: number, @Arg('unitId', () => ID, { nullable: true, description: UNIT }) unitId?: string | null): Promise<ComplaintAnalysis> {
    return ctx.services.serviceReports.complaints(ctx, year, unitId);
  }

  @Query(() => [ImprovementProposal], {
    description: 'R-SVC-7, R-SVC-9: the improvement proposals written with the resolutions of the year (local time), newest first (at most 500), within your ReadServiceReport reach. One statement.',
  })
  @Allow(Permission.ReadServiceReport)
  improvementProposals(@GqlCtx() ctx: Ctx, @Arg('year', () => Int) year: number, @Arg('unitId', () => ID, { nullable: true, description: UNIT }) unitId?: string | null): Promise<ImprovementProposal[]> {
    return ctx.services.serviceReports.improvementProposals(ctx, year, unitId);
  }

  @Query(() => [SlaAttainmentRow], {
    description:
      'R-SVC-10: SLA attainment from…to (local dates, both included, at most 366 days). A case is measured in the period its SLA outcome falls in: the earliest of its breached due times (first response or resolution; a breach is final) and its resolution. Cases resolved in time count where they were resolved, breached ones where they first breached; open cases without a breach are not measured yet. rate = percent of measured cases with no breach. Within your ReadServiceReport reach; one statement.',
  })
  @Allow(Permission.ReadServiceReport)
  slaAttainment(
    @GqlCtx() ctx: Ctx,
    @Arg('from', () => GraphQLLocalDate) from: string,
    @Arg('to', () => GraphQLLocalDate) to: string,
    @Arg('groupBy', () => SlaReportGroup) groupBy: SlaReportGroup,
    @Arg('unitId', () => ID, { nullable: true, description: UNIT }) unitId?: string | null,
  ): Promise<SlaAttainmentRow[]> {
    return ctx.services.serviceReports.slaAttainment(ctx, from, to, groupBy, unitId);
  }

  @Query(() => [AgentServiceStats], {
    description:
      'R-SVC-10: per agent from…to (local dates, both included, at most 366 days): contacts answered, cases resolved, substantiated complaints and whether a penalty review is due, and the SLA rate of the cases assigned to them (measured as in slaAttainment). Counts only cases within your ReadServiceReport reach; steps recorded before employees were kept on the timeline do not count. One statement.',
  })
  @Allow(Permission.ReadServiceReport)
  agentServiceStats(
    @GqlCtx() ctx: Ctx,
    @Arg('from', () => GraphQLLocalDate) from: string,
    @Arg('to', () => GraphQLLocalDate) to: string,
    @Arg('unitId', () => ID, { nullable: true, description: UNIT }) unitId?: string | null,
  ): Promise<AgentServiceStats[]> {
    return ctx.services.serviceReports.agents(ctx, from, to, unitId);
  }
}
