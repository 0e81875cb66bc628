import type { PubSub } from 'type-graphql';

type Listener = (payload: unknown) => void;

/**
 * Events for GraphQL subscriptions within this process. Each subscriber gets its own queue,
 * so a slow WebSocket client cannot hold up a publisher; a queue that grows past its bound
 * drops its oldest events rather than the process's memory.
 */
export class InProcessPubSub implements PubSub {
  private readonly topics = new Map<string, Set<Listener>>();

  publish(routingKey: string, ...args: unknown[]): void {
    for (const listener of this.topics.get(routingKey) ?? []) listener(args[0]);
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

/** The process's one event hub; the schema's subscriptions and the services share it. */
export const pubsub = new InProcessPubSub();
