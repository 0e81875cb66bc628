import { tierName } from '../../shared/components';
import { hasMessage, type Locale, type Translate } from '../../shared/i18n';
import { formatMoney } from '../../shared/money';
import { signed } from './format';

/** A timeline entry as the API sends it: `data` holds the facts, `summary` a fallback in no language. */
export interface TimelineEvent {
  kind: string;
  summary: string;
  data?: Record<string, unknown> | null;
}

type Facts = Record<string, unknown>;
type Wording = (d: Facts, t: Translate, locale: Locale) => string | null;

const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const count = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const facts = (v: unknown): Facts | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Facts) : null);

/** A station's name in the reader's language; `{ name, nameEn }` as the API stores it. */
function station(v: unknown, locale: Locale): string | null {
  const s = facts(v);
  const name = text(s?.name);
  if (!name) return null;
  return locale === 'en' ? text(s?.nameEn) || name : name;
}

/** A tier's name in the reader's language; undefined when the entry does not say, '' never. */
function tier(v: unknown, t: Translate, locale: Locale): string | undefined {
  if (v === null) return t('customer.noTier');
  const ref = facts(v);
  const name = text(ref?.name);
  if (!name) return undefined;
  return tierName({ name, nameZhHans: text(ref?.nameZhHans) ?? name, nameEn: text(ref?.nameEn) ?? name }, locale);
}

/** A key built from a value the API sends, or the value itself for one this console does not know. */
const label = (key: string, value: string, t: Translate) => (hasMessage(key) ? t(key) : value);

const WORDING: Record<string, Wording> = {
  CUSTOMER_CREATED: (d, t, locale) => {
    const at = station(d.station, locale);
    if (d.via === 'CONSOLE' && at) return t('timeline.opened', { station: at });
    const file = text(d.fileName);
    return d.via === 'IMPORT' && file ? t('timeline.imported', { file }) : null;
  },
  PURCHASE: (d, t, locale) => {
    const amount = text(d.amount);
    const at = station(d.station, locale);
    if (!amount || !at) return null;
    const points = count(d.points);
    return points ? t('timeline.purchasePoints', { amount: formatMoney(amount), station: at, points }) : t('timeline.purchase', { amount: formatMoney(amount), station: at });
  },
  REFUND: (d, t) => {
    const amount = text(d.amount);
    const order = text(d.externalOrderId);
    const reason = text(d.reason);
    return amount && order && reason != null ? t('timeline.refund', { amount: formatMoney(amount), order, reason }) : null;
  },
  TIER_CHANGE: (d, t, locale) => {
    const change = text(d.change);
    const to = tier(d.to, t, locale);
    if (!change || to === undefined) return null;
    if (change === 'OVERRIDE') {
      const reason = text(d.reason);
      return reason == null ? null : t('timeline.tierOverride', { tier: to, by: text(d.by) ?? t('timeline.system'), reason });
    }
    const from = tier(d.from, t, locale);
    if (from === undefined) return null;
    const reason = text(d.reason);
    // An override ended by hand carries who ended it and why; one that ran out does not.
    if (change === 'OVERRIDE_ENDED' && reason != null) return t('timeline.tierOverrideEnded', { from, to, by: text(d.by) ?? t('timeline.system'), reason });
    return t('timeline.tierChange', { change: label(`tierChange.${change}`, change, t), from, to });
  },
  POINTS: (d, t) => {
    const entry = text(d.entry);
    const points = count(d.points);
    if (!entry || points == null) return null;
    if (entry === 'EXPIRE') return t('timeline.pointsExpired', { points: Math.abs(points) });
    const reason = text(d.reason);
    return reason == null ? null : t('timeline.points', { kind: label(`pointsKind.${entry}`, entry, t), points: signed(points), reason });
  },
  TICKET: (d) => {
    const number = text(d.number);
    const subject = text(d.subject);
    return number && subject != null ? `${number} ${subject}` : null;
  },
  TICKET_RESOLVED: (d, t) => {
    const number = text(d.number);
    const summary = text(d.summary);
    return number && summary != null ? t('timeline.ticketResolved', { number, summary }) : null;
  },
  FOLLOW_UP: (d, t) => {
    const number = text(d.number);
    const result = text(d.result);
    if (!number || result == null || typeof d.reached !== 'boolean') return null;
    // R-SVC-7: whether the customer was reached and satisfied is what the visit found.
    const key = !d.reached ? 'timeline.followUpUnreached' : d.satisfied === true ? 'timeline.followUpSatisfied' : d.satisfied === false ? 'timeline.followUpUnsatisfied' : 'timeline.followUp';
    return t(key, { number, result });
  },
  SURVEY: (d, t) => {
    const channel = text(d.channel);
    if (!channel || typeof d.dissatisfied !== 'boolean') return null;
    // R-SAT-2: the overall level in the reader's words; R-SAT-5: whether any answer was 不滿意.
    const level = text(d.overall);
    const vars = { channel: label(`timeline.surveyChannel.${channel}`, channel, t), overall: level ? label(`timeline.level.${level}`, level, t) : t('timeline.level.none') };
    return t(d.dissatisfied ? 'timeline.surveyDissatisfied' : 'timeline.survey', vars);
  },
};

/**
 * A timeline entry in the reader's language, worded from its facts; the stored summary when
 * the entry has none this console can word (older entries, kinds added later).
 */
export function timelineText(event: TimelineEvent, t: Translate, locale: Locale): string {
  const d = facts(event.data);
  const wording = Object.hasOwn(WORDING, event.kind) ? WORDING[event.kind] : undefined;
  return (d && wording?.(d, t, locale)) || event.summary;
}
