export { ProcessDefinition, ApproverKind, FieldType } from './definition.entity';
export { ProcessDocument, DocumentStep, DocumentAction, DocumentAttachment, DocumentStatus, StepStatus } from './document.entity';
export { Budget } from './budget.entity';
export { DocumentDecided } from './processes.events';
export { ProcessService } from './process.service';
export { DefinitionService } from './definition.service';
export { BudgetService } from './budget.service';
export { documentKinds, type DocumentKind } from './kinds';
export { ProcessDocumentResolver, DocumentStepResolver, DocumentActionResolver, ProcessDefinitionResolver, BudgetResolver } from './processes.resolver';

import { ProcessDefinition } from './definition.entity';
import { ProcessDocument, DocumentStep, DocumentAction, DocumentAttachment } from './document.entity';
import { Budget } from './budget.entity';

export const processEntities = [ProcessDefinition, ProcessDocument, DocumentStep, DocumentAction, DocumentAttachment, Budget];
