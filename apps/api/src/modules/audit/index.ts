export { AuditRecord, AuditOutcome, ActorType } from './audit-record.entity';
export { AuditService } from './audit.service';
export { AuditResolver } from './audit.resolver';
