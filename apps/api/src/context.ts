import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EntityManager } from '@mikro-orm/knex';
import type { Orm } from './db/orm';
import { Access } from './common/auth/access';
import type { Services } from './services';
import { Loaders } from './loaders';
import type { Config } from './config';
import type { Logger } from './logger';

export interface Actor {
  type: 'USER' | 'API_KEY';
  /** user id or API key id */
  id: string;
  name: string;
  employeeId: string | null;
  sessionId?: string;
}

/** What a mutation tells the audit trail about what it touched (R-ACL-5). */
export interface AuditNote {
  targetType?: string;
  targetId?: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  actingForId?: string | null;
}

export interface HttpBits {
  req: IncomingMessage;
  res: ServerResponse;
  ip: string;
  cookies: Record<string, string>;
  /** Cookies to send with the response; the HTTP layer writes them. */
  setCookies: string[];
}

/** Per request. Services take it first: `employees.create(ctx, input)`. */
export interface Ctx {
  requestId: string;
  /** The request's own EntityManager fork; inside a mutation, its transaction's. */
  em: EntityManager;
  actor: Actor | null;
  /** Why the presented credential was refused; protected fields report it. */
  authError?: Error;
  access: Access;
  loaders: Loaders;
  services: Services;
  audit: AuditNote;
  /**
   * Runs `fn` once the request's changes are committed (live updates must not announce a
   * change that rolls back); outside a mutation it runs at once.
   */
  afterCommit(fn: () => void): void;
  http: HttpBits | null;
  config: Config;
  log: Logger;
  now: () => Date;
}

export interface AppDeps {
  orm: Orm;
  services: Services;
  config: Config;
  log: Logger;
  now: () => Date;
}

/**
 * The context object Apollo receives. Apollo shallow-copies it per operation, keeping the
 * prototype: so `em` lives behind a prototype accessor and is forked on first use only —
 * requests answered from the token alone (`me`) never pay for a fork.
 */
export class RequestContext implements Ctx {
  actor: Actor | null = null;
  authError?: Error;
  access: Access = new Access([], null);
  audit: AuditNote = {};
  /** Set by a mutation's transaction; null outside one. */
  pendingAfterCommit: (() => void)[] | null = null;
  private currentEm: EntityManager | null = null;
  private currentLoaders: Loaders | null = null;

  constructor(
    readonly requestId: string,
    private readonly deps: AppDeps,
    readonly http: HttpBits | null,
  ) {}

  /** Bound to the object Apollo hands to resolvers, so loaders follow a mutation's `em`. */
  get loaders(): Loaders {
    return (this.currentLoaders ??= new Loaders(() => this.em));
  }

  get em(): EntityManager {
    return (this.currentEm ??= this.deps.orm.em.fork());
  }

  set em(value: EntityManager) {
    this.currentEm = value;
  }

  /**
   * The root EntityManager while this request has not forked its own (so it has no
   * transaction either), for reads that need only a connection (`preparedRead`).
   */
  unforkedEm(): EntityManager | null {
    return this.currentEm ? null : this.deps.orm.em;
  }

  get services(): Services {
    return this.deps.services;
  }

  afterCommit(fn: () => void): void {
    if (this.pendingAfterCommit) this.pendingAfterCommit.push(fn);
    else fn();
  }

  get config(): Config {
    return this.deps.config;
  }

  get log(): Logger {
    return this.deps.log;
  }

  get now(): () => Date {
    return this.deps.now;
  }
}

/** The same context with another EntityManager (a job's or a batch's own transaction). */
export function withEm(ctx: Ctx, em: EntityManager): Ctx {
  return Object.assign(Object.create(Object.getPrototypeOf(ctx) as object) as Ctx, ctx, { em });
}
