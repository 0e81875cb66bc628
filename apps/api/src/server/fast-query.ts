import type { IncomingMessage } from 'node:http';
import {
  execute,
  getOperationAST,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  visit,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Ctx } from '../context';

const MAX_DOCUMENTS = 1_000;
/** What Apollo answers a successful single result with when the client states no preference. */
const JSON_TYPE = 'application/json; charset=utf-8';

export interface FastQueryOptions {
  schema: GraphQLSchema;
  /** The rules Apollo validates with besides graphql-js's own. */
  validationRules: readonly ValidationRule[];
  maxTokens: number;
  /** Apollo's didEncounterErrors plugins. */
  onErrors: (errors: readonly GraphQLError[], ctx: Ctx) => void;
  /** Apollo's formatError. */
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
}

export interface FastRequest {
  prepared: Prepared;
  document: DocumentNode;
  variables: Record<string, unknown> | undefined;
  operationName: string | undefined;
}

export interface FastAnswer {
  contentType: string;
  body: string;
}

/**
 * The everyday request — a JSON POST of one query that parses and validates — run with
 * graphql-js directly: Apollo's pipeline (hashing, plugin hooks, negotiation, context
 * cloning) was a quarter of a small request. Errors raised while resolving are logged and
 * formatted the way Apollo does it; every other case (other methods, content types or
 * Accept headers, documents that do not parse or validate, mutations, introspection,
 * variables that do not coerce) is left to Apollo before anything has run.
 */
interface Prepared {
  document: DocumentNode;
  /** The query compiled to JavaScript, made on its second run so one-off queries cost nothing. */
  compiled?: CompiledQuery | null;
  runs: number;
}

export class FastQuery {
  /** Parsed and validated query documents by operation name and source; null: leave it to Apollo. */
  private readonly documents = new Map<string, Prepared | null>();

  constructor(private readonly options: FastQueryOptions) {}

  /** The query to run, when the request is one this path answers exactly as Apollo would. */
  accepts(req: IncomingMessage, body: unknown): FastRequest | null {
    const accept = req.headers.accept;
    if (accept !== undefined && accept !== '*/*' && accept !== 'application/json') return null;
    if (!isRecord(body) || typeof body.query !== 'string' || body.extensions != null) return null;
    const { query, variables, operationName } = body;
    if (variables != null && !isRecord(variables)) return null;
    if (operationName != null && typeof operationName !== 'string') return null;
    const name = operationName ?? undefined;
    const key = `${name ?? ''}\n${query}`;
    let prepared = this.documents.get(key);
    if (prepared === undefined) {
      const document = this.prepare(query, name);
      prepared = document ? { document, runs: 0 } : null;
      if (this.documents.size >= MAX_DOCUMENTS) this.documents.clear();
      this.documents.set(key, prepared);
    }
    return prepared ? { prepared, document: prepared.document, variables: variables ?? undefined, operationName: name } : null;
  }

  /** The response body, or null when the operation did not start (Apollo then answers it). */
  async run(ctx: Ctx, request: FastRequest): Promise<FastAnswer | null> {
    const compiled = this.compiled(request);
    const result = compiled
      ? await compiled.query(undefined, ctx, request.variables)
      : await execute({
          schema: this.options.schema,
          document: request.document,
          contextValue: ctx,
          variableValues: request.variables,
          operationName: request.operationName,
        });
    if (!('data' in result) || result.extensions) return null;
    if (!result.errors?.length) return { contentType: JSON_TYPE, body: JSON.stringify({ data: result.data }) + '\n' };
    this.options.onErrors(result.errors, ctx);
    const errors = result.errors.map((error) => {
      try {
        return this.options.formatError({ ...error.toJSON(), extensions: { ...error.extensions, code: error.extensions.code ?? 'INTERNAL_SERVER_ERROR' } }, error);
      } catch {
        return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
      }
    });
    return { contentType: JSON_TYPE, body: JSON.stringify({ errors, data: result.data }) + '\n' };
  }

  /**
   * A query the console or an integration sends over and over runs as generated code
   * (graphql-jit): graphql-js walks the document for every field of every row, which is most
   * of the time of a 1,000-row answer. Resolvers, scalars and errors stay the schema's own.
   */
  private compiled(request: FastRequest): CompiledQuery | null {
    const prepared = request.prepared;
    if (prepared.compiled !== undefined) return prepared.compiled;
    if (++prepared.runs < 2) return null;
    try {
      const compiled = compileQuery(this.options.schema, prepared.document, request.operationName, { disablingCapturingStackErrors: true });
      prepared.compiled = isCompiledQuery(compiled) ? compiled : null;
    } catch {
      prepared.compiled = null;
    }
    return prepared.compiled;
  }

  private prepare(query: string, operationName: string | undefined): DocumentNode | null {
    let document: DocumentNode;
    try {
      document = parse(query, { maxTokens: this.options.maxTokens });
    } catch {
      return null;
    }
    if (getOperationAST(document, operationName)?.operation !== 'query' || introspects(document)) return null;
    if (validate(this.options.schema, document, [...specifiedRules, ...this.options.validationRules]).length) return null;
    return document;
  }
}

/** Introspection is allowed or refused by Apollo's own rule; such queries stay with Apollo. */
function introspects(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  return found;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}
