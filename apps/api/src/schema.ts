import 'reflect-metadata';
import { buildSchemaSync } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { pubsub } from './common/pubsub';
import { OrgUnitResolver, PositionResolver, EmployeeResolver, AbsenceResolver } from './modules/org';
import { AuthResolver, ViewerResolver, RoleResolver, UserRoleResolver, UserResolver, ApiKeyResolver } from './modules/access';
import { AuditResolver } from './modules/audit';
import { CustomerResolver, PurchaseResolver, TierResolver, TierChangeResolver, CareResolver, CustomerImportResolver } from './modules/crm';
import { LoyaltyResolver, CustomerPointsResolver, PointsAdjustmentResolver } from './modules/loyalty';
import { ProcessDocumentResolver, DocumentStepResolver, DocumentActionResolver, ProcessDefinitionResolver, BudgetResolver } from './modules/processes';
import { NotificationResolver } from './modules/notifications';
import {
  TicketResolver,
  FollowUpResolver,
  ComplaintResolver,
  CorrectiveActionResolver,
  RepairResolver,
  TicketRepairResolver,
  ServiceReportResolver,
  ServiceSettingsResolver,
} from './modules/service-desk';
import { SurveyTemplateResolver, SurveySettingsResolver, SurveyInvitationResolver, SurveyResponseResolver, SatisfactionResolver, SatisfactionEvaluationResolver } from './modules/surveys';

export const resolvers = [
  AuthResolver,
  ViewerResolver,
  OrgUnitResolver,
  PositionResolver,
  EmployeeResolver,
  AbsenceResolver,
  RoleResolver,
  UserRoleResolver,
  UserResolver,
  ApiKeyResolver,
  AuditResolver,
  CustomerResolver,
  PurchaseResolver,
  TierResolver,
  TierChangeResolver,
  CareResolver,
  CustomerImportResolver,
  LoyaltyResolver,
  CustomerPointsResolver,
  PointsAdjustmentResolver,
  ProcessDocumentResolver,
  DocumentStepResolver,
  DocumentActionResolver,
  ProcessDefinitionResolver,
  BudgetResolver,
  NotificationResolver,
  TicketResolver,
  FollowUpResolver,
  ComplaintResolver,
  CorrectiveActionResolver,
  RepairResolver,
  TicketRepairResolver,
  ServiceReportResolver,
  ServiceSettingsResolver,
  SurveyTemplateResolver,
  SurveySettingsResolver,
  SurveyInvitationResolver,
  SurveyResponseResolver,
  SatisfactionResolver,
  SatisfactionEvaluationResolver,
] as const;

let schema: GraphQLSchema | null = null;

/** Built once per process; permissions are enforced by each root field's `@Allow` guard. */
export function buildAppSchema(): GraphQLSchema {
  schema ??= buildSchemaSync({
    resolvers: [...resolvers],
    validate: { forbidUnknownValues: false, stopAtFirstError: false },
    pubSub: pubsub,
    emitSchemaFile: false,
  });
  return schema;
}
