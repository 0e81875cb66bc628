import { randomUUID } from 'node:crypto';
import type { PubSub } from 'type-graphql';

type Listener = (payload: unknown) => void;

/** Carries published events to the other replicas (see server/event-relay.ts). */
export interface Relay {
  send(routingKey: string, payload: unknown, eventId: string): void;
}

/**
 * Events for GraphQL subscriptions within this process. Each subscriber gets its own queue,
 * so a slow WebSocket client cannot hold up a publisher; a queue that grows past its bound
 * drops its oldest events rather than the process's memory.
 */
export class InProcessPubSub implements PubSub {
  private readonly topics = new Map<string, Set<Listener>>();
  private readonly relays = new Set<Relay>();
  /** Ids of events already delivered here, so one that arrives by two relays shows once. */
  private readonly seen = new Set<string>();
  private sequence = 0;

  publish(routingKey: string, ...args: unknown[]): void {
    const eventId = `${ORIGIN}:${++this.sequence}`;
    this.deliver(routingKey, args[0], eventId);
    // One relay reaches every other replica; a second (two apps in one process) would only
    // send the same event twice.
    const [relay] = this.relays;
    relay?.send(routingKey, args[0], eventId);
  }

  /** Hands an event to this process's subscribers only (an event another replica published). */
  deliver(routingKey: string, payload: unknown, eventId: string): void {
    if (this.seen.has(eventId)) return;
    this.seen.add(eventId);
    if (this.seen.size > 2000) this.seen.delete(this.seen.values().next().value as string);
    for (const listener of this.topics.get(routingKey) ?? []) listener(payload);
  }

  addRelay(relay: Relay): () => void {
    this.relays.add(relay);
    return () => this.relays.delete(relay);
  }

  subscribe(routingKey: string): AsyncIterable<unknown> {
    const topics = this.topics;
    return {
      [Symbol.asyncIterator](): AsyncIterator<unknown> {
        const queue: unknown[] = [];
        let wake: ((r: IteratorResult<unknown>) => void) | null = null;
        let done = false;
        const listener: Listener = (payload) => {
          if (wake) {
            const w = wake;
            wake = null;
            w({ value: payload, done: false });
          } else {
            queue.push(payload);
            if (queue.length > 1000) queue.shift();
          }
        };
        const set = topics.get(routingKey) ?? new Set<Listener>();
        set.add(listener);
        topics.set(routingKey, set);
        const finish = (): Promise<IteratorResult<unknown>> => {
          done = true;
          set.delete(listener);
          if (wake) wake({ value: undefined, done: true });
          return Promise.resolve({ value: undefined, done: true });
        };
        return {
          next: () => {
            if (queue.length) return Promise.resolve({ value: queue.shift(), done: false });
            if (done) return Promise.resolve({ value: undefined, done: true });
            return new Promise((resolve) => (wake = resolve));
          },
          return: finish,
          throw: (error?: unknown) => finish().then(() => Promise.reject(error)),
        };
      },
    };
  }

  listeners(routingKey: string): number {
    return this.topics.get(routingKey)?.size ?? 0;
  }
}

/** Tells this process's own events from those of other replicas. */
export const ORIGIN = randomUUID();

/** The process's one event hub; the schema's subscriptions and the services share it. */
export const pubsub = new InProcessPubSub();
