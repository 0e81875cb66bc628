import type { Ctx } from '../context';

type EventClass<E> = abstract new (...args: never[]) => E;
type Handler<E> = (ctx: Ctx, event: E) => Promise<void>;

/**
 * Domain events between modules (a purchase recorded → loyalty awards points). Handlers run
 * in the publishing mutation's transaction, in subscription order: their writes commit or
 * roll back with it, and an error in one fails the whole mutation rather than leaving half
 * a purchase behind.
 */
export class EventBus {
  private readonly handlers = new Map<unknown, Handler<unknown>[]>();

  subscribe<E>(type: EventClass<E>, handler: Handler<E>): void {
    const list = this.handlers.get(type) ?? [];
    list.push(handler as Handler<unknown>);
    this.handlers.set(type, list);
  }

  async publish<E extends object>(ctx: Ctx, event: E): Promise<void> {
    for (const handler of this.handlers.get(event.constructor) ?? []) await handler(ctx, event);
  }
}
