import { Args, ArgsType, Ctx as GqlCtx, Field, ID, Query, Resolver } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { IsOptional, MaxLength } from 'class-validator';
import type { Ctx } from '../../context';
import { Allow } from '../../common/auth/allow';
import { Permission } from '../../common/auth/permissions';
import { Connection, PageArgs } from '../../common/pagination';
import { AuditOutcome, AuditRecord } from './audit-record.entity';

export const AuditRecordConnection = Connection(AuditRecord, 'AuditRecord');

@ArgsType()
export class AuditArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  actorId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  operation?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(60)
  targetType?: string | null;

  @Field(() => ID, { nullable: true })
  targetId?: string | null;

  @Field(() => AuditOutcome, { nullable: true })
  outcome?: AuditOutcome | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  from?: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  to?: Date | null;
}

@Resolver(() => AuditRecord)
export class AuditResolver {
  @Query(() => AuditRecordConnection, { description: 'The audit trail, newest first. There is no way to edit or delete it.' })
  @Allow(Permission.ReadAuditLog)
  async auditRecords(@GqlCtx() ctx: Ctx, @Args(() => AuditArgs) args: AuditArgs) {
    return new AuditRecordConnection(await ctx.services.audit.list(ctx, args));
  }
}
