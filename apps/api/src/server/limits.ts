import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FieldNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from 'graphql';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxCost: number;
  /** Rows a list field is assumed to return when the query names no `first`. */
  defaultListSize: number;
}

export const defaultLimits: QueryLimits = { maxDepth: 12, maxAliases: 30, maxDirectives: 20, maxCost: 25_000, defaultListSize: 20 };

interface Tally {
  depth: number;
  aliases: number;
  directives: number;
  cost: number;
}

/**
 * One validation rule enforcing depth, alias, directive and cost limits per operation.
 * Introspection fields are exempt so GraphiQL and codegen work; cost multiplies a list
 * field's children by its `first` argument.
 */
export function limitsRule(limits: QueryLimits = defaultLimits): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const tally: Tally = { depth: 0, aliases: 0, directives: node.directives?.length ?? 0, cost: 0 };
      tally.cost = walk(context, node.selectionSet, 1, tally, new Set(), limits);
      const report = (what: string, value: number, max: number) =>
        context.reportError(new GraphQLError(`Query ${what} ${value} exceeds the limit of ${max}.`, { nodes: [node], extensions: { code: 'BAD_USER_INPUT', limit: what } }));
      if (tally.depth > limits.maxDepth) report('depth', tally.depth, limits.maxDepth);
      if (tally.aliases > limits.maxAliases) report('aliases', tally.aliases, limits.maxAliases);
      if (tally.directives > limits.maxDirectives) report('directives', tally.directives, limits.maxDirectives);
      if (tally.cost > limits.maxCost) report('cost', tally.cost, limits.maxCost);
    },
  });
}

function walk(context: ValidationContext, set: SelectionSetNode, depth: number, tally: Tally, seen: Set<string>, limits: QueryLimits): number {
  let cost = 0;
  for (const sel of set.selections) {
    tally.directives += sel.directives?.length ?? 0;
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value.startsWith('__')) continue;
      if (sel.alias) tally.aliases++;
      tally.depth = Math.max(tally.depth, depth);
      let fieldCost = 1;
      if (sel.selectionSet) fieldCost += multiplier(sel, context, limits) * walk(context, sel.selectionSet, depth + 1, tally, seen, limits);
      cost += fieldCost;
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      cost += walk(context, sel.selectionSet, depth, tally, seen, limits);
    } else {
      const name = sel.name.value;
      // A fragment spread cycle is reported by graphql's own rule; don't recurse forever.
      if (seen.has(name)) continue;
      const fragment = context.getFragment(name);
      if (!fragment) continue;
      seen.add(name);
      cost += walk(context, fragment.selectionSet, depth, tally, seen, limits);
      seen.delete(name);
    }
  }
  return cost;
}

function multiplier(field: FieldNode, context: ValidationContext, limits: QueryLimits): number {
  const first = field.arguments?.find((a) => a.name.value === 'first');
  if (first) return Math.max(1, numeric(first.value, context) ?? limits.defaultListSize);
  return 1;
}

function numeric(value: ValueNode, context: ValidationContext): number | null {
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    // Variables are not known at validation; assume the largest page.
    void context;
    return 200;
  }
  return null;
}
