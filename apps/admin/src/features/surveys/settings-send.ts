import type { CustomerFilter, PreferredLanguage, SendSurveyInput } from '../../gql/graphql';

/** Whom a send asks (R-SAT-1): named customers, everyone a CRM filter finds, or a random sample of them. */
export type Audience = 'CUSTOMERS' | 'CAMPAIGN' | 'SAMPLE';
export const AUDIENCES: readonly Audience[] = ['CUSTOMERS', 'CAMPAIGN', 'SAMPLE'];

/**
 * How the survey reaches the customer (R-SAT-1: online or by phone): EMAIL lets the API mail
 * the link (or put the customer on the phone list when there is no address); PHONE puts
 * everyone on the phone list; LINK hands one customer's link back to pass on. LINK is the
 * form's choice only: it goes as returnLink, since the API refuses LINK as a delivery.
 */
export type SendDelivery = 'EMAIL' | 'PHONE' | 'LINK';
export const DELIVERIES: readonly SendDelivery[] = ['EMAIL', 'PHONE', 'LINK'];

export interface SendDraft {
  audience: Audience;
  customerIds?: string[] | null;
  /** Home station, or any unit: its subtree. */
  stationId?: string | null;
  tierIds?: string[] | null;
  tags?: string[] | null;
  marketingConsent?: 'yes' | 'no' | null;
  /** Last purchase from (inclusive) and before (exclusive), as instants. */
  lastPurchase?: readonly [string, string] | null;
  sampleSize?: number | null;
  campaign?: string | null;
  templateId?: string | null;
  delivery: SendDelivery;
  /** The survey's language for everyone; empty asks each customer in their preferred one. */
  language?: PreferredLanguage | null;
  respectQuietPeriod: boolean;
  /** An instant; empty sends now. */
  sendAt?: string | null;
}

/** SendSurveyInput's bounds. */
export const SEND_LIMITS = { customers: 1000, sample: 5000, campaign: 120 } as const;

export type SendProblemCode = 'noCustomers' | 'tooManyCustomers' | 'noSampleSize' | 'linkNeedsOne' | 'linkNotLater';
export interface SendProblem {
  field: 'customerIds' | 'sampleSize' | 'delivery';
  code: SendProblemCode;
}

const later = (sendAt: string | null | undefined, now: string) => !!sendAt && sendAt > now;

/** A link is handed back only for one named customer, sent now: the API refuses anything else. */
export function canReturnLink(draft: Pick<SendDraft, 'audience' | 'customerIds' | 'sendAt'>, now: string): boolean {
  return draft.audience === 'CUSTOMERS' && draft.customerIds?.length === 1 && !later(draft.sendAt, now);
}

/** What the API would refuse, found before asking it. `now` is an ISO instant. */
export function sendProblems(draft: SendDraft, now: string): SendProblem[] {
  const out: SendProblem[] = [];
  const ids = draft.customerIds ?? [];
  if (draft.audience === 'CUSTOMERS' && !ids.length) out.push({ field: 'customerIds', code: 'noCustomers' });
  if (draft.audience === 'CUSTOMERS' && ids.length > SEND_LIMITS.customers) out.push({ field: 'customerIds', code: 'tooManyCustomers' });
  if (draft.audience === 'SAMPLE' && !(draft.sampleSize && draft.sampleSize >= 1 && draft.sampleSize <= SEND_LIMITS.sample)) out.push({ field: 'sampleSize', code: 'noSampleSize' });
  if (draft.delivery === 'LINK') {
    if (draft.audience !== 'CUSTOMERS' || ids.length !== 1) out.push({ field: 'delivery', code: 'linkNeedsOne' });
    else if (later(draft.sendAt, now)) out.push({ field: 'delivery', code: 'linkNotLater' });
  }
  return out;
}

/** The CRM filter of a campaign or sample; fields left empty do not narrow it. */
export function campaignFilter(draft: SendDraft): CustomerFilter {
  const [from, before] = draft.lastPurchase ?? [];
  const filter: CustomerFilter = {
    stationId: draft.stationId || null,
    tierIds: draft.tierIds?.length ? draft.tierIds : null,
    tags: draft.tags?.length ? draft.tags : null,
    marketingConsent: draft.marketingConsent ? draft.marketingConsent === 'yes' : null,
    lastPurchaseFrom: from || null,
    lastPurchaseBefore: before || null,
  };
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v != null)) as CustomerFilter;
}

/** The mutation's input for a draft without problems. */
export function sendInput(draft: SendDraft, now: string): SendSurveyInput {
  const byList = draft.audience === 'CUSTOMERS';
  return {
    ...(byList ? { customerIds: [...new Set(draft.customerIds ?? [])] } : { filter: campaignFilter(draft) }),
    ...(draft.audience === 'SAMPLE' ? { sampleSize: draft.sampleSize } : {}),
    campaign: draft.campaign?.trim() || null,
    templateId: draft.templateId || null,
    sendAt: later(draft.sendAt, now) ? draft.sendAt : null,
    delivery: draft.delivery === 'LINK' ? null : draft.delivery,
    language: draft.language ?? null,
    respectQuietPeriod: draft.respectQuietPeriod,
    returnLink: draft.delivery === 'LINK',
  };
}

/** Invitations the quiet period held back (R-SAT-1), as the result lists them. */
export function skippedOf<T extends { status: string; skipReason?: string | null }>(invitations: readonly T[]): T[] {
  return invitations.filter((i) => i.status === 'SKIPPED');
}
