import { buildSchema, parse, validate } from 'graphql';
import { limitsRule, type QueryLimits } from '../limits';

const schema = buildSchema(`
  type Node { id: ID! children(first: Int): [Node!]! parent: Node }
  type Query { node: Node nodes(first: Int): [Node!]! }
`);
const limits: QueryLimits = { maxDepth: 3, maxAliases: 2, maxDirectives: 2, maxCost: 100, defaultListSize: 20 };
const check = (query: string) => validate(schema, parse(query), [limitsRule(limits)]).map((e) => e.extensions.limit);

describe('limitsRule', () => {
  it.each([
    ['depth', '{ node { parent { parent { parent { id } } } } }'],
    ['aliases', '{ a: node { id } b: node { id } c: node { id } }'],
    ['directives', '{ node { id @skip(if: false) parent @include(if: true) { id } } node2: node @include(if: true) { id } }'],
    ['cost', '{ nodes(first: 10) { children(first: 10) { id } } }'],
  ])('reports %s over the limit', (limit, query) => {
    expect(check(query)).toContain(limit);
  });

  it('counts fragments once per use and survives fragment cycles', () => {
    expect(check('{ node { ...F } } fragment F on Node { parent { id } }')).toEqual([]);
    expect(() => check('{ node { ...A } } fragment A on Node { parent { ...B } } fragment B on Node { parent { ...A } }')).not.toThrow();
  });

  it('ignores introspection fields', () => {
    expect(check('{ __schema { types { fields { type { ofType { ofType { name } } } } } } }')).toEqual([]);
  });

  it('assumes the largest page for a variable page size', () => {
    expect(check('query Q($n: Int) { nodes(first: $n) { id } }')).toContain('cost');
  });
});
