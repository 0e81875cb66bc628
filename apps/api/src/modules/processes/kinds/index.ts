import type { DocumentKind } from './kind';
import { expenseClaim } from './expense-claim';
import { equipmentScrap, freight, purchaseRequest, returnException, satisfactionCorrective, staffMaterialRequest } from './others';

export type { DocumentKind } from './kind';

/** Every document kind the engine routes; later modules register theirs here. */
export const documentKinds = new Map<string, DocumentKind>([expenseClaim, equipmentScrap, purchaseRequest, freight, staffMaterialRequest, returnException, satisfactionCorrective].map((k) => [k.kind, k]));
