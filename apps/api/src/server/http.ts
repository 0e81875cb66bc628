import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import { RequestContext, type AppDeps, type Ctx } from '../context';
import { AppError, ErrorCode } from '../common/errors';
import { statementCounter } from '../common/sql';
import { pendingMigrations } from '../db/orm';
import type { FastQuery } from './fast-query';

/** Room for a 5 MB import file or attachment, base64-encoded, in a GraphQL body. */
const MAX_BODY = 8 * 1024 * 1024;
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};
const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
};

export interface AppServer {
  server: http.Server;
  /** Stops taking requests, lets in-flight ones finish (up to the timeout), then closes. */
  drain(): Promise<void>;
  isDraining(): boolean;
}

/** One port: the admin SPA at `/`, GraphQL (and GraphiQL for browsers) at `/graphql`, health probes. */
export function createHttpServer(deps: AppDeps, apollo: ApolloServer<Ctx>, fast?: FastQuery): AppServer {
  const { config, log, orm } = deps;
  let draining = false;
  let inFlight = 0;
  let idle: (() => void) | null = null;
  let migrationsApplied = false;

  const logRequests = log.isLevelEnabled('info');
  const server = http.createServer((req, res) => {
    inFlight++;
    const requestId = requestIdOf(req);
    res.setHeader('x-request-id', requestId);
    const started = logRequests ? performance.now() : 0;
    const counter = { statements: 0 };
    res.on('close', () => {
      inFlight--;
      if (logRequests) {
        const ms = Math.round((performance.now() - started) * 10) / 10;
        log.info({ requestId, method: req.method, path: (req.url ?? '').split('?')[0], status: res.statusCode, ms }, 'request');
      }
      if (inFlight === 0 && idle) idle();
    });
    const handle = () =>
      route(req, res, requestId, counter).catch((err: unknown) => {
        log.error({ err, requestId }, 'request failed');
        if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error.', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] });
        else res.end();
      });
    // AsyncLocalStorage slows every promise, so statements are only counted when asked for.
    if (config.countStatements) statementCounter.run(counter, handle);
    else void handle();
  });
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.requestTimeout = 30_000;

  async function route(req: IncomingMessage, res: ServerResponse, requestId: string, counter: { statements: number }): Promise<void> {
    const raw = req.url ?? '/';
    const q = raw.indexOf('?');
    const pathname = q === -1 ? raw : raw.slice(0, q);
    const search = q === -1 ? '' : raw.slice(q);
    if (draining) res.setHeader('connection', 'close');
    if (pathname === '/graphql') return graphql(req, res, search, requestId, counter);
    if (pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (pathname === '/readyz') return readiness(res);
    return serveStatic(req, res, pathname);
  }

  async function readiness(res: ServerResponse): Promise<void> {
    if (draining) return sendJson(res, 503, { status: 'draining' });
    try {
      await orm.em.fork().getConnection().execute('select 1');
      if (!migrationsApplied) migrationsApplied = (await pendingMigrations(orm)).length === 0;
      if (!migrationsApplied) return sendJson(res, 503, { status: 'migrations pending' });
      return sendJson(res, 200, { status: 'ready' });
    } catch {
      return sendJson(res, 503, { status: 'database unreachable' });
    }
  }

  async function graphql(req: IncomingMessage, res: ServerResponse, search: string, requestId: string, counter: { statements: number }): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    if (method === 'GET' && prefersHtml(req) && !new URLSearchParams(search).has('query')) return serveGraphiql(res);
    if (method !== 'GET' && method !== 'POST') {
      res.setHeader('allow', 'GET, POST');
      return sendJson(res, 405, { errors: [{ message: 'Use GET or POST.', extensions: { code: 'BAD_REQUEST' } }] });
    }
    let body: unknown = undefined;
    if (method === 'POST') {
      const raw = await readBody(req, res);
      if (raw === null) return;
      const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      if (type === 'application/json' || type === 'application/graphql-response+json') {
        try {
          body = raw.length ? JSON.parse(raw) : undefined;
        } catch {
          return sendJson(res, 400, { errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
        }
      } else body = raw;
      const quick = type === 'application/json' ? fast?.accepts(req, body) : null;
      if (quick) {
        const setCookies: string[] = [];
        const answer = await fast!.run(await buildContext(req, res, requestId, setCookies), quick);
        if (answer) {
          res.setHeader('content-type', answer.contentType);
          if (setCookies.length) res.setHeader('set-cookie', setCookies);
          if (config.countStatements) res.setHeader('x-sql-statements', String(counter.statements));
          res.statusCode = 200;
          res.end(answer.body);
          return;
        }
      }
    }
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    const setCookies: string[] = [];
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method, headers, search, body },
      context: () => buildContext(req, res, requestId, setCookies),
    });
    for (const [k, v] of response.headers) res.setHeader(k, v);
    if (setCookies.length) res.setHeader('set-cookie', setCookies);
    if (config.countStatements) res.setHeader('x-sql-statements', String(counter.statements));
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
    } else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  async function buildContext(req: IncomingMessage, res: ServerResponse, requestId: string, setCookies: string[]): Promise<Ctx> {
    const cookies = parseCookies(req.headers.cookie);
    const ctx = new RequestContext(requestId, deps, { req, res, ip: clientIp(req, config.trustProxy), cookies, setCookies });
    const header = req.headers.authorization;
    const apiKey = req.headers['x-api-key'];
    if (header || apiKey) {
      try {
        const who = await deps.services.auth.authenticate(() => ctx.em, header, Array.isArray(apiKey) ? apiKey[0] : apiKey, deps.now());
        ctx.actor = who.actor;
        ctx.access = who.access;
      } catch (error) {
        // A bad credential makes the caller anonymous; protected fields then say why.
        if (error instanceof AppError) ctx.authError = error;
        else throw error;
      }
    }
    return ctx;
  }

  function serveGraphiql(res: ServerResponse): void {
    const file = path.join(config.adminDist, 'graphiql.html');
    if (!fs.existsSync(file)) {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end('GraphiQL is part of the admin build; run the build first.');
      return;
    }
    sendFile(res, file, 'no-cache');
  }

  function serveStatic(req: IncomingMessage, res: ServerResponse, pathname: string): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.statusCode = 405;
      res.setHeader('allow', 'GET, HEAD');
      res.end();
      return;
    }
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      res.statusCode = 400;
      res.end();
      return;
    }
    const root = config.adminDist;
    const file = path.normalize(path.join(root, decoded));
    if (!file.startsWith(root)) {
      res.statusCode = 404;
      res.end();
      return;
    }
    if (decoded !== '/' && fs.existsSync(file) && fs.statSync(file).isFile()) {
      return sendFile(res, file, decoded.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    }
    if (path.extname(decoded) && decoded !== '/') {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end('Not found');
      return;
    }
    const index = path.join(root, 'index.html');
    if (!fs.existsSync(index)) {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end('The admin console is not built; run the start command from the README.');
      return;
    }
    sendFile(res, index, 'no-cache');
  }

  function sendFile(res: ServerResponse, file: string, cacheControl: string): void {
    res.statusCode = 200;
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    res.setHeader('content-type', MIME[path.extname(file)] ?? 'application/octet-stream');
    res.setHeader('cache-control', cacheControl);
    fs.createReadStream(file).pipe(res);
  }

  return {
    server,
    isDraining: () => draining,
    async drain() {
      draining = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const finished = inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => (idle = resolve));
      const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), config.shutdownTimeoutMs).unref());
      if ((await Promise.race([finished, timeout])) === 'timeout') {
        log.warn({ inFlight }, 'drain timed out; closing remaining connections');
      }
      server.closeAllConnections();
      await closed;
      await apollo.stop();
    },
  };
}

function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
}

function prefersHtml(req: IncomingMessage): boolean {
  const accept = req.headers.accept ?? '';
  return accept.includes('text/html');
}

function readBody(req: IncomingMessage, res: ServerResponse): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        sendJson(res, 413, { errors: [{ message: `The request body is larger than ${MAX_BODY} bytes.`, extensions: { code: 'BAD_REQUEST' } }] });
        req.destroy();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!header) return out;
  for (const part of header.split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out[part.slice(0, i).trim()] = part.slice(i + 1).trim();
  }
  return out;
}

function clientIp(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const fwd = req.headers['x-forwarded-for'];
    const first = (Array.isArray(fwd) ? fwd[0] : fwd)?.split(',')[0]?.trim();
    if (first) return first;
  }
  return req.socket.remoteAddress ?? 'unknown';
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}
