import type { RepairStatus, TicketChannel, TicketEventKind, TicketKind } from '../../gql/graphql';
import type { MessageKey, Translate } from '../../shared/i18n';
import { noteLines, noteTag } from './notes';

/** One entry of a case's timeline, as the API returns it. */
export interface TimelineEvent {
  kind: TicketEventKind;
  actorName?: string | null;
  text?: string | null;
  data?: Record<string, unknown> | null;
}

export type EventTone = 'green' | 'red' | 'blue' | 'gray' | 'orange';

const KINDS: ReadonlySet<string> = new Set<TicketEventKind>([
  'ASSIGNED',
  'CLOSED',
  'CUSTOMER_UPDATED',
  'DIAGNOSED',
  'ESCALATED',
  'FIXED',
  'FOLLOW_UP_DONE',
  'HANDED_OVER',
  'KIND_CHANGED',
  'NOTE',
  'OPENED',
  'RECHECKED',
  'REOPENED',
  'RESOLVED',
  'RESPONDED',
  'RESUMED',
  'SLA_BREACHED',
  'SLA_WARNED',
  'SOLUTION_ACCEPTED',
  'SOLUTION_PROPOSED',
  'SOLUTION_REFUSED',
  'VERIFIED',
  'WAITING_CUSTOMER',
]);
const REPAIR_STATUSES: ReadonlySet<string> = new Set<RepairStatus>(['AWAITING_APPROVAL', 'AWAITING_CONSENT', 'RECEIVED', 'REPAIRING', 'QC_PASSED', 'SHIPPED', 'DELIVERED', 'REFUSED']);
const TICKET_KINDS: ReadonlySet<string> = new Set<TicketKind>(['INQUIRY', 'COMPLAINT', 'TECH_SUPPORT', 'RETURN_REPAIR']);
const CHANNELS: ReadonlySet<string> = new Set<TicketChannel>(['PHONE', 'EMAIL', 'ONLINE', 'VISIT']);

const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);
const lines = (text: string): string[] => text.split('\n').filter((l) => l.trim());

/** Who did it; the SLA sweep acts as nobody. */
export function eventActor(e: TimelineEvent, t: Translate): string {
  return e.actorName || t('sd.event.system');
}

/** What happened, in words: the event's kind, or for a tagged note the step it records. */
export function eventTitle(e: TimelineEvent, t: Translate): string {
  if (e.kind === 'NOTE') {
    const tag = noteTag(e.text);
    if (tag) return t(`sd.note.${tag}`);
  }
  // R-SVC-7: the verification's outcome is the point of the entry.
  if (e.kind === 'VERIFIED') return t(e.data?.passed === false ? 'sd.event.VERIFIED.failed' : 'sd.event.VERIFIED.passed');
  return KINDS.has(e.kind) ? t(`sd.event.${e.kind}` as MessageKey) : e.kind;
}

/** The technical round (R-SVC-7) once there has been a re-check; the first round goes without saying. */
function roundLine(d: Record<string, unknown>, t: Translate): string[] {
  return typeof d.round === 'number' && d.round > 1 ? [t('sd.detail.round', { n: d.round })] : [];
}

/**
 * The lines under the title: the event's data in words and its text, with the notes the API
 * writes in English for returns and repairs (R-SVC-8) put into the reader's language; a text
 * this console does not recognise is shown as written.
 */
export function eventDetails(e: TimelineEvent, t: Translate, at: (iso: string) => string): string[] {
  const d = e.data ?? {};
  const out: string[] = [];
  const text = e.text?.trim() || null;
  switch (e.kind) {
    case 'OPENED': {
      const channel = str(d.channel);
      if (channel && CHANNELS.has(channel)) out.push(t('sd.detail.channel', { channel: t(`sd.channel.${channel as TicketChannel}`) }));
      break;
    }
    case 'RESPONDED': {
      const promised = str(d.promisedAt);
      if (promised) out.push(t('sd.detail.promisedAt', { at: at(promised) }));
      break;
    }
    case 'HANDED_OVER': {
      const unit = str(d.unit);
      if (unit) out.push(t('sd.detail.handedTo', { unit }));
      const assignee = str(d.assignee);
      if (assignee) out.push(t('sd.detail.assignee', { name: assignee }));
      break;
    }
    case 'ASSIGNED': {
      const assignee = str(d.assignee);
      out.push(assignee ? t('sd.detail.assignee', { name: assignee }) : t('sd.detail.unassigned'));
      break;
    }
    case 'KIND_CHANGED': {
      const from = str(d.from);
      const to = str(d.to);
      if (from && to && TICKET_KINDS.has(from) && TICKET_KINDS.has(to)) {
        out.push(t('sd.detail.kindChanged', { from: t(`sd.kind.${from as TicketKind}`), to: t(`sd.kind.${to as TicketKind}`) }));
      }
      break;
    }
    case 'RESUMED':
      if (typeof d.pausedBusinessMinutes === 'number') out.push(t('sd.detail.paused', { n: d.pausedBusinessMinutes }));
      break;
    case 'ESCALATED': {
      const level = d.level === 2 ? 2 : 1;
      out.push(t(level === 2 ? 'sd.detail.escalatedManager' : 'sd.detail.escalatedHead', { name: text ?? t('common.none') }));
      return out;
    }
    case 'FOLLOW_UP_DONE':
      out.push(d.reached === false ? t('sd.followUp.UNREACHABLE') : d.satisfied === false ? t('sd.followUp.unsatisfied') : d.satisfied === true ? t('sd.followUp.satisfied') : t('sd.followUp.reached'));
      break;
    case 'SLA_WARNED': {
      const due = text ? /(\d{4}-\d{2}-\d{2}T[\d:.]+Z)/.exec(text)?.[1] : undefined;
      if (due) out.push(t('sd.detail.resolutionDue', { at: at(due) }));
      return out;
    }
    case 'DIAGNOSED':
    case 'FIXED':
    case 'VERIFIED':
      out.push(...roundLine(d, t));
      break;
    case 'RECHECKED':
      out.push(...roundLine(d, t));
      if (d.reopened === true) out.push(t('sd.detail.recheckReopened'));
      break;
    case 'RESOLVED': {
      if (text) out.push(...lines(text));
      const improvement = str(d.improvementProposal);
      if (improvement) out.push(t('sd.detail.improvement', { text: improvement }));
      return out;
    }
    case 'REOPENED':
      if (text && /not satisfied at the follow-up/.test(text)) {
        out.push(t('sd.detail.reopenedByFollowUp'));
        return out;
      }
      break;
    case 'NOTE':
      out.push(...noteDetails(text, t));
      return out;
    default:
      break;
  }
  if (text) out.push(...lines(text));
  return out;
}

/** A note's lines: tagged steps under their name, and the API's return and repair notes translated. */
function noteDetails(text: string | null, t: Translate): string[] {
  if (!text) return [];
  const tagged = noteLines(text);
  if (tagged[0]?.tag) return tagged.map((l, i) => (i === 0 || !l.tag ? l.text : `${t(`sd.note.${l.tag}`)}:${l.text}`));
  let m: RegExpExecArray | null;
  if ((m = /^Repair ([A-Z_]+)$/.exec(text)) && REPAIR_STATUSES.has(m[1]!)) return [t('sd.detail.repairStep', { status: t(`sd.repair.${m[1] as RepairStatus}`) })];
  if ((m = /^Return accepted within (\d+) months of shipping \((\d{4}-\d{2}-\d{2})\)\.$/.exec(text))) return [t('sd.detail.returnAccepted', { months: m[1]!, date: m[2]! })];
  if ((m = /^Return outside the window \(shipped (\d{4}-\d{2}-\d{2})\): exception requested\.$/.exec(text))) return [t('sd.detail.returnException', { date: m[1]! })];
  if ((m = /^Customer consented to the charge: ([\s\S]*)$/.exec(text))) return [t('sd.detail.consented', { note: m[1]! })];
  if ((m = /^Customer refused the charge: ([\s\S]*)$/.exec(text))) return [t('sd.detail.consentRefused', { note: m[1]! })];
  if ((m = /^Linked to customer (\S+)$/.exec(text))) return [t('sd.detail.linked', { code: m[1]! })];
  return lines(text);
}

/** The dot's colour: green for progress the customer sees, red for breaches and setbacks, orange for waiting and warnings. */
export function eventTone(e: TimelineEvent): EventTone {
  switch (e.kind) {
    case 'RESOLVED':
    case 'CLOSED':
    case 'SOLUTION_ACCEPTED':
      return 'green';
    case 'VERIFIED':
      return e.data?.passed === false ? 'red' : 'green';
    case 'RECHECKED':
      return 'red';
    case 'DIAGNOSED':
    case 'FIXED':
      return 'blue';
    case 'FOLLOW_UP_DONE':
      return e.data?.satisfied === false ? 'red' : e.data?.reached === false ? 'orange' : 'green';
    case 'SLA_BREACHED':
    case 'ESCALATED':
    case 'SOLUTION_REFUSED':
    case 'REOPENED':
      return 'red';
    case 'SLA_WARNED':
    case 'WAITING_CUSTOMER':
      return 'orange';
    case 'OPENED':
    case 'RESPONDED':
    case 'CUSTOMER_UPDATED':
    case 'HANDED_OVER':
    case 'SOLUTION_PROPOSED':
      return 'blue';
    default:
      return 'gray';
  }
}
