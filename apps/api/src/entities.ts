import { OrgUnit } from './modules/org/org-unit.entity';
import { Position } from './modules/org/position.entity';
import { Employee } from './modules/org/employee.entity';
import { Absence } from './modules/org/absence.entity';
import { Role } from './modules/access/role.entity';
import { User, UserRole } from './modules/access/user.entity';
import { ApiKey } from './modules/access/api-key.entity';
import { Session, RefreshToken, AppSetting } from './modules/access/session.entity';
import { AuditRecord } from './modules/audit/audit-record.entity';
import { Sequence } from './common/sequence';
import { crmEntities } from './modules/crm/entities';
import { loyaltyEntities } from './modules/loyalty';
import { processEntities } from './modules/processes';
import { Notification } from './modules/notifications/notification.entity';
import { serviceDeskEntities } from './modules/service-desk';
import { surveyEntities } from './modules/surveys';

/** Every entity, listed once: MikroORM discovers them from here (no folder globbing). */
export const entities = [
  OrgUnit,
  Position,
  Employee,
  Absence,
  Role,
  User,
  UserRole,
  ApiKey,
  Session,
  RefreshToken,
  AppSetting,
  AuditRecord,
  Sequence,
  ...crmEntities,
  ...loyaltyEntities,
  ...processEntities,
  Notification,
  ...serviceDeskEntities,
  ...surveyEntities,
];
