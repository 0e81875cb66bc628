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
  'ESCALATED',
  'FOLLOW_UP_DONE',
  'HANDED_OVER',
  'KIND_CHANGED',
  'NOTE',
  'OPENED',
  'REOPENED',
  'RESOLVED',
  'RESPONDED',
  'RESUMED',
  'SLA_BREACHED',
  'SLA_WARNED',
  'SOLUTION_ACCEPTED',
  'SOLUTION_PROPOSED',
  'SOLUTION_REFUSED',
  'WAITING_CUSTOMER',
]);
const REPAIR_STATUSES: ReadonlySet<string> = new Set<RepairStatus>(['AWAITING_APPROVAL', 'AWAITING_CONSENT', 'RECEIVED', 'REPAIRING', 'QC_PASSED', 'SHIPPED', 'DELIVERED', 'REFUSED']);
const TICKET_KINDS: ReadonlySet<string> = new Set<TicketKind>(['INQUIRY', 'COMPLAINT', 'TECH_SUPPORT', 'RETURN_REPAIR']);
const CHANNELS: ReadonlySet<string> = new Set<TicketChannel>(['PHONE', 'EMAIL', 'ONLINE', 'VISIT']);

const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

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
  return KINDS.has(e.kind) ? t(`sd.event.${e.kind}` as MessageKey) : e.kind;
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
  if (text) out.push(...noteLines(text).map((l) => (l.tag ? `${t(`sd.note.${l.tag}`)}:${l.text}` : l.text)));
  return out;
}

/** A note's lines: tagged steps under their name, and the API's return and repair notes translated. */
function noteDetails(text: string | null, t: Translate): string[] {
  if (!text) return [];
  const lines = noteLines(text);
  if (lines[0]?.tag) return lines.map((l, i) => (i === 0 || !l.tag ? l.text : `${t(`sd.note.${l.tag}`)}:${l.text}`));
  let m: RegExpExecArray | null;
  if ((m = /^Repair ([A-Z_]+)$/.exec(text)) && REPAIR_STATUSES.has(m[1]!)) return [t('sd.detail.repairStep', { status: t(`sd.repair.${m[1] as RepairStatus}`) })];
  if ((m = /^Return accepted within (\d+) months of shipping \((\d{4}-\d{2}-\d{2})\)\.$/.exec(text))) return [t('sd.detail.returnAccepted', { months: m[1]!, date: m[2]! })];
  if ((m = /^Return outside the window \(shipped (\d{4}-\d{2}-\d{2})\): exception requested\.$/.exec(text))) return [t('sd.detail.returnException', { date: m[1]! })];
  if ((m = /^Customer consented to the charge: ([\s\S]*)$/.exec(text))) return [t('sd.detail.consented', { note: m[1]! })];
  if ((m = /^Customer refused the charge: ([\s\S]*)$/.exec(text))) return [t('sd.detail.consentRefused', { note: m[1]! })];
  if ((m = /^Linked to customer (\S+)$/.exec(text))) return [t('sd.detail.linked', { code: m[1]! })];
  return text.split('\n').filter((l) => l.trim());
}

/** The dot's colour: green for progress the customer sees, red for breaches and setbacks, orange for waiting and warnings. */
export function eventTone(e: TimelineEvent): EventTone {
  switch (e.kind) {
    case 'RESOLVED':
    case 'CLOSED':
    case 'SOLUTION_ACCEPTED':
      return 'green';
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
