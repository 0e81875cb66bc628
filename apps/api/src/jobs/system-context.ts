import type { EntityManager } from '@mikro-orm/knex';
import { Access } from '../common/auth/access';
import { Permission, Scope, allPermissions } from '../common/auth/permissions';
import { Loaders } from '../loaders';
import type { Ctx } from '../context';
import type { Services } from '../services';
import type { Config } from '../config';
import type { Logger } from '../logger';

const everything = new Access(
  allPermissions.map((permission: Permission) => ({ permission, scope: Scope.ALL })),
  null,
);

/**
 * A context for work no request asks for (scheduled jobs, the demo seed): it acts as the
 * system with every right, on its own EntityManager fork.
 */
export function systemContext(em: EntityManager, deps: { services: Services; config: Config; log: Logger; now: () => Date }, name: string): Ctx {
  const ctx: Ctx = {
    requestId: `job:${name}`,
    em,
    actor: { type: 'USER', id: `system:${name}`, name, employeeId: null },
    access: everything,
    loaders: new Loaders(() => ctx.em),
    services: deps.services,
    audit: {},
    // Jobs commit batch by batch; what they announce is seen a moment later, after the batch.
    afterCommit: (fn) => void setTimeout(fn, 0),
    http: null,
    config: deps.config,
    log: deps.log,
    now: deps.now,
  };
  return ctx;
}
