import type { Ctx } from '../../context';
import { dbTime, execute } from '../../common/sql';
import { uuidv7 } from '../../common/entity';
import { pageOf, pageRequest, type Page, type PageArgs } from '../../common/pagination';
import type { Logger } from '../../logger';
import { Employee } from '../org/employee.entity';
import { Notification } from './notification.entity';
import { kindLabel, languageOfLocale } from './kinds';

export interface NotificationInput {
  recipientId: string;
  kind: string;
  subject: string;
  body?: string | null;
  link?: string | null;
}

/** Where email goes; a deployment plugs in SMTP or a provider's API here. */
export interface MailTransport {
  send(message: { to: string; subject: string; body: string }): Promise<void>;
}

/** Records that a message would have gone out, without its address or text (contact data stays out of logs). */
export class LogTransport implements MailTransport {
  constructor(private readonly log: Logger) {}
  async send(message: { to: string; subject: string }): Promise<void> {
    this.log.info({ subjectLength: message.subject.length }, 'email handed to the log transport');
  }
}

const MAX_ATTEMPTS = 5;

/**
 * A staff member's email: what happened in their console language, then the neutral subject,
 * and the link into the console. Customers' emails (outside addresses) are worded when queued.
 */
function staffMail(ctx: Ctx, r: { kind: string; subject: string; body: string | null; link: string | null; locale: string | null; email: string | null }) {
  const label = kindLabel(r.kind, languageOfLocale(r.locale));
  const link = r.link ? `${ctx.config.publicUrl}${r.link}` : null;
  return { to: r.email!, subject: `${label}: ${r.subject}`, body: [r.body, link].filter(Boolean).join('\n\n') };
}
/** Rows per insert: well under SQLite's bound-parameter limit. */
const BATCH = 500;

/**
 * Notifications in the console and an email outbox. Rows are written in the transaction of
 * what caused them, so a rolled-back approval sends nothing; delivery runs afterwards.
 */
export class NotificationService {
  constructor(private transport: MailTransport | null = null) {}

  useTransport(transport: MailTransport): void {
    this.transport = transport;
  }

  notify(ctx: Ctx, n: NotificationInput): void {
    ctx.em.create(Notification, {
      id: uuidv7(ctx.now().getTime()),
      recipient: ctx.em.getReference(Employee, n.recipientId),
      kind: n.kind,
      subject: n.subject.slice(0, 300),
      body: n.body ?? null,
      link: n.link ?? null,
      createdAt: ctx.now(),
    } as never);
  }

  /**
   * Many notifications at once (a sweep's warnings), written in batches without entities so
   * memory stays flat however many there are; same rows, same transaction as `notify`.
   */
  async notifyMany(ctx: Ctx, list: readonly NotificationInput[]): Promise<void> {
    const at = dbTime(ctx.em, ctx.now());
    const rows = list.map((n) => ({ id: uuidv7(ctx.now().getTime()), recipient_id: n.recipientId, kind: n.kind, subject: n.subject.slice(0, 300), body: n.body ?? null, link: n.link ?? null, created_at: at, attempts: 0 }));
    for (let i = 0; i < rows.length; i += BATCH) await execute(ctx, ctx.em.getKnex()('notification').insert(rows.slice(i, i + BATCH)), 'run');
  }

  /**
   * An email to someone outside the staff (a customer's survey link, R-SAT-1), through the
   * same outbox: it goes only if the transaction that queued it commits. Its address and
   * text are personal (R-ACL-3) and are cleared once it is sent.
   */
  sendTo(ctx: Ctx, m: { to: string; kind: string; subject: string; body: string }): void {
    ctx.em.create(Notification, {
      id: uuidv7(ctx.now().getTime()),
      recipient: null,
      toAddress: m.to,
      kind: m.kind,
      subject: m.subject.slice(0, 300),
      body: m.body,
      link: null,
      createdAt: ctx.now(),
    } as never);
  }

  async mine(ctx: Ctx, unreadOnly: boolean, args: PageArgs): Promise<Page<Notification>> {
    const page = pageRequest(args, 10_000);
    const employeeId = ctx.actor?.employeeId;
    if (!employeeId) return pageOf([], page, () => [], async () => 0);
    const where = { recipient: employeeId, ...(unreadOnly ? { readAt: null } : {}) };
    const rows = await ctx.em.find(Notification, where, { orderBy: { id: 'desc' }, limit: page.limit + 1, offset: page.offset });
    return pageOf(rows, page, (r) => [r.id], () => ctx.em.count(Notification, where));
  }

  async unread(ctx: Ctx): Promise<number> {
    const employeeId = ctx.actor?.employeeId;
    return employeeId ? ctx.em.count(Notification, { recipient: employeeId, readAt: null }) : 0;
  }

  /** Marks the caller's notifications read (all when `ids` is empty); returns how many changed. */
  async markRead(ctx: Ctx, ids: string[]): Promise<number> {
    const employeeId = ctx.actor?.employeeId;
    if (!employeeId) return 0;
    return ctx.em.nativeUpdate(Notification, { recipient: employeeId, readAt: null, ...(ids.length ? { id: { $in: ids } } : {}) }, { readAt: ctx.now() });
  }

  /** Sends queued email: one attempt per row per run, at most five in all. */
  async deliver(ctx: Ctx): Promise<{ sent: number; failed: number }> {
    if (!this.transport) return { sent: 0, failed: 0 };
    const knex = ctx.em.getKnex();
    const rows = await execute<{ id: string; kind: string; subject: string; body: string | null; link: string | null; email: string | null; locale: string | null; outside: string | null }[]>(
      ctx,
      knex('notification as n')
        .leftJoin('employee as e', 'e.id', 'n.recipient_id')
        .leftJoin('app_user as u', 'u.employee_id', 'n.recipient_id')
        .select('n.id', 'n.kind', 'n.subject', 'n.body', 'n.link', 'e.email', 'u.locale', { outside: 'n.to_address' })
        .whereNull('n.delivered_at')
        .where('n.attempts', '<', MAX_ATTEMPTS)
        .orderBy('n.id')
        .limit(200),
    );
    let sent = 0;
    let failed = 0;
    for (const r of rows) {
      const done = { delivered_at: dbTime(ctx.em, ctx.now()) };
      const to = r.outside ?? r.email;
      if (!to) {
        // Nobody to mail: the console shows it, and the outbox stops trying.
        await execute(ctx, knex('notification').update({ ...done, attempts: MAX_ATTEMPTS }).where({ id: r.id }), 'run');
        continue;
      }
      try {
        await this.transport.send(r.outside ? { to, subject: r.subject, body: r.body ?? '' } : staffMail(ctx, r));
        // A message to an outside address keeps neither the address nor its text once sent (R-ACL-3).
        const delivered = r.outside ? { ...done, to_address: null, body: null } : done;
        await execute(ctx, knex('notification').update(delivered).increment('attempts', 1).where({ id: r.id }), 'run');
        sent++;
      } catch (err) {
        ctx.log.warn({ err, notification: r.id }, 'email delivery failed; will retry');
        await execute(ctx, knex('notification').increment('attempts', 1).where({ id: r.id }), 'run');
        failed++;
      }
    }
    return { sent, failed };
  }
}
