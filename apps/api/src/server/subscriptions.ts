import type http from 'node:http';
import { randomUUID } from 'node:crypto';
import type { GraphQLSchema } from 'graphql';
import { WebSocketServer } from 'ws';
import type { useServer as UseServer } from 'graphql-ws/dist/use/ws.cjs';
import { RequestContext, type AppDeps } from '../context';
import { AppError } from '../common/errors';

// graphql-ws publishes its ws adapter only through its exports map, which this CommonJS
// build's module resolution cannot read; the types come from the file the map points to.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { useServer } = require('graphql-ws/use/ws') as { useServer: typeof UseServer };

export interface Subscriptions {
  close(): Promise<void>;
}

/**
 * GraphQL subscriptions over WebSocket (the graphql-ws protocol) on /graphql. The client
 * authenticates in `connection_init` with `{ authorization: "Bearer …" }` or
 * `{ authorization: "ApiKey …" }`; a connection without a valid credential is refused.
 */
export function attachSubscriptions(server: http.Server, schema: GraphQLSchema, deps: AppDeps): Subscriptions {
  const wss = new WebSocketServer({ server, path: '/graphql' });
  const contexts = new WeakMap<object, RequestContext>();
  const disposable = useServer(
    {
      schema,
      onConnect: async (ctx) => {
        const params = (ctx.connectionParams ?? {}) as Record<string, unknown>;
        const authorization = typeof params.authorization === 'string' ? params.authorization : undefined;
        const apiKey = typeof params.apiKey === 'string' ? params.apiKey : undefined;
        if (!authorization && !apiKey) return false;
        const context = new RequestContext(`ws:${randomUUID()}`, deps, null);
        try {
          const who = await deps.services.auth.authenticate(() => context.em, authorization, apiKey, deps.now());
          context.actor = who.actor;
          context.access = who.access;
        } catch (error) {
          if (error instanceof AppError) return false;
          throw error;
        }
        contexts.set(ctx, context);
        return true;
      },
      context: (ctx) => contexts.get(ctx)!,
    },
    wss,
  );
  return {
    async close() {
      await disposable.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
