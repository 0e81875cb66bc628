export { Customer, CustomerEvent, PreferredLanguage, ContactChannel } from './customer.entity';
export { Purchase, PurchaseStatus } from './purchase.entity';
export { Tier, TierChange, TierChangeReason } from './tier.entity';
export { WinBackTask, WinBackStatus } from './win-back.entity';
export { CustomerImport } from './customer-import.entity';
export { PurchaseRecorded, PurchaseRefunded } from './crm.events';
export { CustomerService, type TimelineEntry } from './customer.service';
export { TierService } from './tier.service';
export { PurchaseService } from './purchase.service';
export { CareService } from './care.service';
export { CustomerFileService } from './customer-file.service';
export { CustomerResolver, PurchaseResolver, TierResolver, TierChangeResolver, CareResolver, CustomerImportResolver } from './crm.resolver';
export { crmEntities } from './entities';
// What other modules' reports reuse: the customer filter, and the files Excel opens with Chinese intact.
export { CustomerFilter, ExportFormat } from './crm.inputs';
export { ExportFile } from './crm.types';
export { writeCsv, writeXlsx } from './import/tabular';
