import { Customer, CustomerEvent, CustomerPhone, CustomerTag } from './customer.entity';
import { Purchase } from './purchase.entity';
import { CrmSettings, Tier, TierChange } from './tier.entity';
import { WinBackTask } from './win-back.entity';
import { CustomerImport } from './customer-import.entity';

export const crmEntities = [Customer, CustomerPhone, CustomerTag, CustomerEvent, Purchase, Tier, TierChange, CrmSettings, WinBackTask, CustomerImport];
