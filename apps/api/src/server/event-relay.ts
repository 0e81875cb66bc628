import type { Knex } from '@mikro-orm/knex';
import type { Orm } from '../db/orm';
import type { Logger } from '../logger';
import { ORIGIN, pubsub, type InProcessPubSub } from '../common/pubsub';

/** The channel every replica of one database listens on. */
export const EVENT_CHANNEL = 'stationhub_events';
/** PostgreSQL refuses NOTIFY payloads from 8000 bytes on. */
const MAX_PAYLOAD = 7900;

interface Envelope {
  origin: string;
  id: string;
  topic: string;
  payload: unknown;
}

interface PgClient {
  query(sql: string): Promise<unknown>;
  on(event: 'notification', fn: (msg: { channel: string; payload?: string }) => void): void;
  on(event: 'error' | 'end', fn: (error?: Error) => void): void;
  removeAllListeners(): void;
}

/**
 * Carries subscription events between replicas over PostgreSQL LISTEN/NOTIFY, so a live queue
 * served by one replica sees cases changed through another. Events stay best-effort, as on
 * one replica: a subscriber that needs certainty re-reads the queue (the console does on
 * reconnect). SQLite is one process's file, so it needs no relay.
 */
export class PgEventRelay {
  private client: PgClient | null = null;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;
  private removeRelay: (() => void) | null = null;

  constructor(
    private readonly knex: Knex,
    private readonly log: Logger,
    private readonly hub: InProcessPubSub = pubsub,
  ) {}

  static forOrm(orm: Orm, log: Logger): PgEventRelay {
    return new PgEventRelay(orm.em.getConnection().getKnex(), log);
  }

  async start(): Promise<void> {
    await this.listen();
    this.removeRelay = this.hub.addRelay({ send: (topic, payload, id) => this.send(topic, payload, id) });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.removeRelay?.();
    if (this.retry) clearTimeout(this.retry);
    await this.release();
  }

  private async listen(): Promise<void> {
    const client = (await (this.knex.client as { acquireRawConnection(): Promise<PgClient> }).acquireRawConnection()) as PgClient;
    this.client = client;
    client.on('notification', (msg) => msg.channel === EVENT_CHANNEL && msg.payload && this.receive(msg.payload));
    const lost = (error?: Error) => {
      if (this.stopped || this.client !== client) return;
      this.log.warn({ err: error }, 'event relay lost its connection; reconnecting');
      void this.release().then(() => this.reconnect(1000));
    };
    client.on('error', lost);
    client.on('end', lost);
    await client.query(`listen ${EVENT_CHANNEL}`);
  }

  private reconnect(delayMs: number): void {
    if (this.stopped) return;
    this.retry = setTimeout(() => {
      this.listen().catch((error: Error) => {
        this.log.warn({ err: error }, 'event relay could not reconnect');
        void this.release().then(() => this.reconnect(Math.min(delayMs * 2, 30_000)));
      });
    }, delayMs);
    this.retry.unref();
  }

  private async release(): Promise<void> {
    const client = this.client;
    this.client = null;
    if (!client) return;
    client.removeAllListeners();
    // A dead connection still needs its error handler while it is torn down.
    client.on('error', () => undefined);
    await (this.knex.client as { destroyRawConnection(c: unknown): Promise<void> }).destroyRawConnection(client).catch(() => undefined);
  }

  private send(topic: string, payload: unknown, id: string): void {
    const text = encode({ origin: ORIGIN, id, topic, payload });
    if (text.length > MAX_PAYLOAD) {
      this.log.warn({ topic, bytes: text.length }, 'event too large for other replicas; delivered here only');
      return;
    }
    this.knex.raw('select pg_notify(?, ?)', [EVENT_CHANNEL, text]).catch((error: Error) => this.log.warn({ err: error, topic }, 'event not relayed'));
  }

  private receive(text: string): void {
    let envelope: Envelope;
    try {
      envelope = decode(text);
    } catch {
      this.log.warn('unreadable relayed event ignored');
      return;
    }
    if (envelope.origin === ORIGIN) return;
    this.hub.deliver(envelope.topic, envelope.payload, envelope.id);
  }
}

/** JSON that brings dates back as dates, which the subscription's scalars expect. */
export function encode(envelope: Envelope): string {
  return JSON.stringify(envelope, function (this: Record<string, unknown>, key, value: unknown) {
    const raw = this[key];
    return raw instanceof Date ? { $date: raw.toISOString() } : value;
  });
}

export function decode(text: string): Envelope {
  return JSON.parse(text, (_key, value: unknown) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const o = value as Record<string, unknown>;
      if (typeof o.$date === 'string' && Object.keys(o).length === 1) return new Date(o.$date);
    }
    return value;
  }) as Envelope;
}
