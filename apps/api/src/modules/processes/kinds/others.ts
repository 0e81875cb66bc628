import { formatMoney } from '../../../common/money';
import type { DocumentKind } from './kind';

/** R-FLOW-4: the using dept applies; the disposal (sale, donation, scrapping) is recorded on the document. */
export const equipmentScrap: DocumentKind = {
  kind: 'EQUIPMENT_SCRAP',
  prefix: 'SCR',
  title: (d) => `${String(d.equipmentName ?? '')} ${String(d.model ?? '')}`.trim(),
};

/** R-FLOW-5: large amounts need leadership; the threshold is a condition of the definition, so administrators change it. */
export const purchaseRequest: DocumentKind = {
  kind: 'PURCHASE_REQUEST',
  prefix: 'PUR',
  title: (d) => `${String(d.item ?? '')} × ${String(d.quantity ?? '')}`,
};

/** The reference price may be exceeded by this much before a hired vehicle needs approval (R-FLOW-7). */
const HIRED_VEHICLE_TOLERANCE = 0.1;
/** Express up to this (in cents) is the site's own decision (R-FLOW-7). */
const EXPRESS_SITE_LIMIT = 20_000;

/**
 * R-FLOW-7 freight: a hired vehicle within 10% over the filed reference price is approved
 * automatically (and recorded so); more than 10% over needs approval per shipment; air
 * freight always the business dept manager; express ≤ 200 is the site's decision, above it
 * a written application approved by the business dept.
 */
export const freight: DocumentKind = {
  kind: 'FREIGHT',
  prefix: 'FRT',
  title: (d) => `${String(d.mode ?? '')} ${String(d.shipmentRef ?? '')} ${formatMoney(Number(d.amount ?? 0))}`,
  validate(d, issues) {
    if (d.mode === 'HIRED_VEHICLE' && !(Number(d.referencePrice) > 0)) {
      issues.push({ field: 'data.referencePrice', message: 'a hired vehicle needs the filed reference price', code: 'required' });
    }
  },
  async facts(_ctx, doc) {
    const amount = Number(doc.data.amount ?? 0);
    const reference = Number(doc.data.referencePrice ?? 0);
    const overPercent = reference > 0 ? Math.round(((amount - reference) / reference) * 10_000) / 100 : null;
    const mode = doc.data.mode;
    const needsBusinessApproval =
      mode === 'AIR' || (mode === 'EXPRESS' && amount > EXPRESS_SITE_LIMIT) || (mode === 'HIRED_VEHICLE' && (overPercent ?? 0) > HIRED_VEHICLE_TOLERANCE * 100);
    return { overReferencePercent: overPercent, needsBusinessApproval, siteDecides: mode === 'EXPRESS' && amount <= EXPRESS_SITE_LIMIT };
  },
  autoApproval(doc) {
    if (doc.data.mode === 'HIRED_VEHICLE' && !doc.facts.needsBusinessApproval) {
      return `Within ${HIRED_VEHICLE_TOLERANCE * 100}% of the reference price (${String(doc.facts.overReferencePercent)}% over): approved without application (R-FLOW-7).`;
    }
    return null;
  },
};

/** R-FLOW-8: valuable or rationed items take an extra approval (a condition on the `valuable` field). */
export const staffMaterialRequest: DocumentKind = {
  kind: 'STAFF_MATERIAL_REQUEST',
  prefix: 'MAT',
  title: (d) => `${String(d.itemName ?? '')} × ${String(d.quantity ?? '')}`,
};

/** R-SVC-8: a return outside the three-month window goes ahead only when this is approved. */
export const returnException: DocumentKind = {
  kind: 'RETURN_EXCEPTION',
  prefix: 'RET',
  title: (d) => `${String(d.ticketNumber ?? '')} ${String(d.reason ?? '').slice(0, 60)}`.trim(),
};

/**
 * R-SAT-4: a unit below its satisfaction target gets a corrective action with a deadline.
 * The unit's head writes the plan and submits it; the head above accepts it.
 */
export const satisfactionCorrective: DocumentKind = {
  kind: 'SATISFACTION_CORRECTIVE',
  prefix: 'SAT',
  title: (d) => `${String(d.unitName ?? '')} ${String(d.period ?? '')} ${String(d.rate ?? '')}% < ${String(d.target ?? '')}%`.trim(),
};
