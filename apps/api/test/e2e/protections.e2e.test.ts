import net from 'node:net';
import { serverAudits } from 'graphql-http';
import { startApp, codeOf, type TestApp } from '../harness/app';
import { buildOrg, type Org } from '../factories/org';
import { user } from '../factories/access';

/** What the HTTP/GraphQL edge refuses, and how: stable codes, JSON, never 5xx or HTML. */

let t: TestApp<Org>;
let token = '';

beforeAll(async () => {
  t = await startApp({
    seed: async (em) => {
      const org = await buildOrg(em);
      await user(em, 'admin@example.cn', '系統管理員', { roles: ['system_admin'] });
      return org;
    },
  });
  token = (await t.login('admin@example.cn')).token;
});
afterAll(() => t?.close());

async function raw(init: RequestInit & { path?: string }) {
  const res = await fetch(`${t.url}${init.path ?? '/graphql'}`, init);
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type') ?? '', text, json: () => JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] } };
}

const json = { 'content-type': 'application/json' };

describe('error masking', () => {
  it('an unexpected error is INTERNAL_SERVER_ERROR with no stack, SQL or paths', async () => {
    vi.spyOn(t.app.services.orgUnits, 'chart').mockRejectedValueOnce(new Error('SQLITE_ERROR: no such column: secret_col in select * from org_unit (/work/main/apps/api/src/x.ts:1:1)'));
    const r = await t.gql('{ orgChart { root { code } } }', {}, { token });
    expect(r.status).toBe(200);
    expect(codeOf(r)).toBe('INTERNAL_SERVER_ERROR');
    const text = JSON.stringify(r.body);
    for (const leak of ['secret_col', 'select', '/work/', 'stack', 'SQLITE', '.ts:']) expect(text).not.toContain(leak);
  });

  it('no "Did you mean" suggestions outside development', async () => {
    const r = await raw({ method: 'POST', headers: json, body: JSON.stringify({ query: '{ orgChar { root { code } } }' }) });
    expect(r.status).toBe(400);
    expect(r.json().errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.text).not.toMatch(/Did you mean/i);
  });

  it('an unknown argument value gives no suggestion either', async () => {
    const r = await raw({ method: 'POST', headers: json, body: JSON.stringify({ query: '{ employees(status: [ACTIV]) { totalCount } }' }) });
    expect(r.status).toBe(400);
    expect(r.text).not.toMatch(/Did you mean/i);
  });
});

describe('queries answered without Apollo’s pipeline', () => {
  // An Accept header the short path leaves to Apollo, which answers with the same media type.
  const viaApollo = { accept: 'application/json, */*' };
  const post = async (body: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { ...json, authorization: `Bearer ${token}`, ...headers }, body: JSON.stringify(body) });
    return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
  };
  it.each([
    ['a page with relations', { query: '{ employees(first: 5) { totalCount nodes { employeeNo name email unit { code } position { title summary } } } }' }],
    ['the org chart', { query: '{ orgChart { root { code headcount } nodes { code head { name } positions { title filled } } } }' }],
    ['variables and an operation name', { query: 'query A { me { id } } query B($n: Int) { employees(first: $n) { nodes { name } } }', operationName: 'B', variables: { n: 3 } }],
    ['a NOT_FOUND error beside data', { query: '{ me { id } orgUnit(id: "00000000-0000-7000-8000-000000000000") { code } }' }],
    ['a bad argument inside a resolver', { query: '{ employees(first: 500) { totalCount } }' }],
    ['a list of scalars, enums and dates', { query: '{ positions { id code duties plannedHeadcount archivedAt unit { kind createdAt } } }' }],
    ['a null for a non-null field deep in a list', { query: '{ employees(first: 3) { nodes { name position { unit { head { name } } } } } }' }],
  ])('%s: the same status, type and bytes as Apollo, interpreted and then compiled', async (_name, body) => {
    const apollo = await post(body, viaApollo);
    // The first run is interpreted; from the second the query runs compiled.
    for (let run = 1; run <= 3; run++) {
      const direct = await post(body);
      expect(direct.status).toBe(200);
      expect(direct, `run ${run}`).toEqual(apollo);
    }
  });
});

describe('malformed requests get 4xx JSON, never 5xx or HTML', () => {
  it.each([
    ['bad JSON', { method: 'POST', headers: json, body: '{"query": ' }, 400, 'BAD_REQUEST'],
    ['an empty body', { method: 'POST', headers: json, body: '' }, 400, 'BAD_REQUEST'],
    ['a JSON body that is not an object', { method: 'POST', headers: json, body: '"{ me { id } }"' }, 400, 'BAD_REQUEST'],
    ['text/plain (CSRF)', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' }, 400, 'BAD_REQUEST'],
    ['form encoding (CSRF)', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=%7B__typename%7D' }, 400, 'BAD_REQUEST'],
    ['a simple GET without a preflight header (CSRF)', { method: 'GET', path: `/graphql?query=${encodeURIComponent('{ __typename }')}` }, 400, 'BAD_REQUEST'],
    ['a mutation over GET', { method: 'GET', headers: { 'apollo-require-preflight': '1' }, path: `/graphql?query=${encodeURIComponent('mutation { logout }')}` }, 405, 'BAD_REQUEST'],
    ['PUT', { method: 'PUT', headers: json, body: '{}' }, 405, 'BAD_REQUEST'],
    ['a body over 8 MiB', { method: 'POST', headers: json, body: JSON.stringify({ query: '{ __typename }', pad: 'x'.repeat(8_500_000) }) }, 413, 'BAD_REQUEST'],
    ['an unknown operation name', { method: 'POST', headers: json, body: JSON.stringify({ query: 'query A { __typename }', operationName: 'B' }) }, 400, 'OPERATION_RESOLUTION_FAILURE'],
    ['several operations and no name', { method: 'POST', headers: json, body: JSON.stringify({ query: 'query A { __typename } query B { __typename }' }) }, 400, 'OPERATION_RESOLUTION_FAILURE'],
    ['a batch', { method: 'POST', headers: json, body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]) }, 400, 'BAD_REQUEST'],
    ['variables of the wrong type', { method: 'POST', headers: json, body: JSON.stringify({ query: 'query Q($id: ID!) { employee(id: $id) { id } }', variables: { id: { a: 1 } } }) }, 400, 'BAD_USER_INPUT'],
  ] as [string, RequestInit & { path?: string }, number, string][])('%s → %i %s', async (_what, init, status, code) => {
    const r = await raw(init);
    expect(r.status).toBe(status);
    expect(r.type).toMatch(/^application\/(graphql-response\+)?json/);
    expect(r.json().errors![0]!.extensions!.code).toBe(code);
  });

  it('a preflighted GET query works', async () => {
    const r = await raw({ method: 'GET', headers: { 'apollo-require-preflight': '1' }, path: `/graphql?query=${encodeURIComponent('{ __typename }')}` });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.text)).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('query limits', () => {
  const nest = (n: number) => `{ orgUnit(id: "x") { ${'parent { '.repeat(n)}id${' }'.repeat(n)} } }`;
  it.each([
    ['depth', nest(13), 'GRAPHQL_VALIDATION_FAILED', 'depth'],
    ['aliases', `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: me { id }`).join(' ')} }`, 'GRAPHQL_VALIDATION_FAILED', 'aliases'],
    ['directives', `{ me { ${Array.from({ length: 21 }, () => 'id @include(if: true)').join(' ')} } }`, 'GRAPHQL_VALIDATION_FAILED', 'directives'],
    ['cost', '{ employees(first: 200) { nodes { unit { employees(first: 200) { nodes { id name } } } } } }', 'GRAPHQL_VALIDATION_FAILED', 'cost'],
    ['tokens', `{ ${'__typename '.repeat(5_001)}}`, 'GRAPHQL_PARSE_FAILED', undefined],
  ])('%s over the limit is refused before execution', async (_what, query, code, limit) => {
    const r = await t.gql(query, {}, { token });
    expect(r.status).toBe(400);
    expect(codeOf(r)).toBe(code);
    if (limit) expect(r.body.errors![0]!.extensions!.limit).toBe(limit);
    expect(r.statements).toBe(0);
  });

  it('a query just under the limits runs', async () => {
    const r = await t.gql(nest(10).replace('"x"', `"${t.data.units.beijing.id}"`), {}, { token });
    expect(r.body.errors).toBeUndefined();
  });
});

describe('introspection', () => {
  it('is on by default outside production', async () => {
    const r = await t.gql('{ __schema { queryType { name } } }');
    expect(r.body.data.__schema.queryType.name).toBe('Query');
  });

  it('GRAPHQL_INTROSPECTION=false refuses __schema and __type', async () => {
    const closed = await startApp({ config: { introspection: false } });
    try {
      for (const q of ['{ __schema { types { name } } }', '{ __type(name: "Employee") { name } }']) {
        const r = await closed.gql(q);
        expect(r.status).toBe(400);
        expect(codeOf(r)).toBe('GRAPHQL_VALIDATION_FAILED');
        expect(r.body.errors![0]!.message).toMatch(/introspection/i);
      }
    } finally {
      await closed.close();
    }
  });
});

describe('GraphQL over HTTP conformance (graphql-http audits)', () => {
  it('no audit errors (warnings allowed)', async () => {
    const failures: string[] = [];
    for (const audit of serverAudits({ url: `${t.url}/graphql` })) {
      const result = await audit.fn();
      if (result.status === 'error') failures.push(`${result.name}: ${result.reason}`);
    }
    expect(failures).toEqual([]);
  });
});

describe('health', () => {
  it('/healthz and /readyz answer 200', async () => {
    expect((await raw({ path: '/healthz' })).status).toBe(200);
    const ready = await raw({ path: '/readyz' });
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.text)).toEqual({ status: 'ready' });
  });

  // Last: it drains the server. A request already in flight finishes; a readiness probe
  // arriving on a live connection meanwhile hears 503, so the balancer stops routing here.
  it('/readyz answers 503 while draining, and in-flight requests finish', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    const original = t.app.services.orgUnits.chart.bind(t.app.services.orgUnits);
    vi.spyOn(t.app.services.orgUnits, 'chart').mockImplementationOnce(async (...args) => {
      entered();
      await gate;
      return original(...args);
    });
    const { port } = new URL(t.url);
    const socket = net.connect(Number(port), '127.0.0.1');
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString()));
    const ended = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    const body = JSON.stringify({ query: '{ orgChart { root { code } } }' });
    socket.write(`POST /graphql HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\nauthorization: Bearer ${token}\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    await inside;
    const drained = t.app.http.drain();
    expect(t.app.http.isDraining()).toBe(true);
    socket.write('GET /readyz HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n');
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    await drained;
    await ended;
    const statuses = [...received.matchAll(/^HTTP\/1\.1 (\d{3})/gm)].map((m) => Number(m[1]));
    expect(statuses).toEqual([200, 503]);
    expect(received).toContain('"code":"HQ"');
    expect(received).toContain('"status":"draining"');
  });
});
