import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { knex, type Knex } from '@mikro-orm/knex';
import { startApp, type GqlResult, type TestApp } from '../harness/app';
import { testDialect } from '../harness/db';
import { buildOrg, type Org } from '../factories/org';
import { crmPeople } from '../factories/crm';
import { decode, encode, EVENT_CHANNEL } from '../../src/server/event-relay';

/**
 * Several replicas behind a balancer: a live queue on one replica sees cases changed through
 * another. On PostgreSQL the replicas relay events over LISTEN/NOTIFY; this file plays the
 * other replica with a plain connection of its own.
 */
describe.runIf(testDialect() === 'postgresql')('live events across replicas (PostgreSQL LISTEN/NOTIFY)', () => {
  let t: TestApp<Org>;
  let other: Knex;
  let token = '';
  let announced = '';

  beforeAll(async () => {
    t = await startApp({ seed: async (em) => crmPeople(em, await buildOrg(em)) });
    token = (await t.login('agent@example.cn')).token;
    other = knex({ client: 'pg', connection: t.db.databaseUrl, pool: { min: 0, max: 2 } });
  });
  afterAll(async () => {
    await other?.destroy();
    await t?.close();
  });

  async function ok<T = any>(r: Promise<GqlResult<T>>): Promise<T> {
    const res = await r;
    expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    return res.body.data as T;
  }
  const openTicket = (subject: string) =>
    ok(
      t.gql(
        `mutation O($input: OpenTicketInput!) { openTicket(input: $input) { id number } }`,
        { input: { kind: 'INQUIRY', channel: 'PHONE', severity: 'MEDIUM', subject, content: '跨節點', contactName: '跨節點', stationId: t.data.units.station.id } },
        { token },
      ),
    );

  /** Waits for the first message on the shared channel that `match` accepts. */
  async function heard(match: (payload: string) => boolean, during: () => Promise<unknown>): Promise<string> {
    const conn = (await (other.client as { acquireRawConnection(): Promise<any> }).acquireRawConnection()) as {
      query(sql: string): Promise<unknown>;
      on(e: string, fn: (m: { channel: string; payload: string }) => void): void;
    };
    try {
      const got = new Promise<string>((resolve) => conn.on('notification', (m) => m.channel === EVENT_CHANNEL && match(m.payload) && resolve(m.payload)));
      await conn.query(`listen ${EVENT_CHANNEL}`);
      await during();
      return await Promise.race([got, new Promise<string>((_, reject) => setTimeout(() => reject(new Error('nothing announced')), 5000))]);
    } finally {
      await (other.client as { destroyRawConnection(c: unknown): Promise<void> }).destroyRawConnection(conn);
    }
  }

  /** Collects ticketChanged events on this replica while `during` runs. */
  async function subscribed(during: () => Promise<unknown>, expectNumber: string): Promise<string[]> {
    const client = createClient({ url: `${t.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
    const changes: string[] = [];
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no event for ${expectNumber}`)), 5000);
        const stop = client.subscribe<{ ticketChanged: { number: string; change: string; at: string } }>(
          { query: 'subscription { ticketChanged { number change at } }' },
          {
            next: (m) => {
              const e = m.data?.ticketChanged;
              if (!e) return;
              changes.push(`${e.number}:${e.change}:${typeof e.at}`);
              if (e.number === expectNumber) {
                clearTimeout(timer);
                stop();
                resolve();
              }
            },
            error: reject,
            complete: () => undefined,
          },
        );
        // The server registers the subscription before `during` publishes.
        setTimeout(() => void during().catch(reject), 300);
      });
    } finally {
      await client.dispose();
    }
    return changes;
  }

  it('announces a committed change to the other replicas', async () => {
    let number = '';
    announced = await heard(
      (p) => p.includes('"OPENED"'),
      async () => (number = (await openTicket('通知其他節點')).openTicket.number),
    );
    const envelope = decode(announced);
    expect(envelope.topic).toBe('TICKET_CHANGED');
    expect(envelope.payload).toMatchObject({ number, change: 'OPENED' });
    expect((envelope.payload as { at: unknown }).at).toBeInstanceOf(Date);
  });

  it('hands another replica’s event to the subscribers here, once, and ignores what it cannot read', async () => {
    const envelope = decode(announced);
    const payload = { ...(envelope.payload as Record<string, unknown>), number: 'REMOTE-1', change: 'NOTE', at: new Date() };
    const foreign = encode({ origin: 'another-replica', id: 'another-replica:1', topic: envelope.topic, payload });
    const changes = await subscribed(async () => {
      await other.raw('select pg_notify(?, ?)', [EVENT_CHANNEL, 'not json']);
      await other.raw('select pg_notify(?, ?)', [EVENT_CHANNEL, foreign]);
      await other.raw('select pg_notify(?, ?)', [EVENT_CHANNEL, foreign]);
    }, 'REMOTE-1');
    expect(changes).toEqual(['REMOTE-1:NOTE:string']);
  });

  it('listens again after its connection is cut', async () => {
    const killed = await other.raw(`select pg_terminate_backend(pid) as ok from pg_stat_activity where datname = current_database() and query ilike 'listen ${EVENT_CHANNEL}%' and pid <> pg_backend_pid()`);
    expect(killed.rows.length).toBeGreaterThan(0);
    const envelope = decode(announced);
    const payload = { ...(envelope.payload as Record<string, unknown>), number: 'REMOTE-2', change: 'NOTE', at: new Date() };
    const foreign = encode({ origin: 'another-replica', id: 'another-replica:2', topic: envelope.topic, payload });
    // The relay reconnects within a second or two; keep announcing until it hears.
    const changes = await subscribed(async () => {
      for (let i = 0; i < 20 && !(await relayed()); i++) await new Promise((r) => setTimeout(r, 250));
      await other.raw('select pg_notify(?, ?)', [EVENT_CHANNEL, foreign]);
    }, 'REMOTE-2');
    expect(changes).toContain('REMOTE-2:NOTE:string');
  });

  async function relayed(): Promise<boolean> {
    const r = await other.raw(`select count(*)::int as n from pg_stat_activity where datname = current_database() and query ilike 'listen ${EVENT_CHANNEL}%'`);
    return r.rows[0].n > 0;
  }
});
