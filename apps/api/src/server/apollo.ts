import { ApolloServer, type ApolloServerPlugin, type GraphQLRequestListener } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { getMetadataStorage, type ValidationError } from 'class-validator';
import type { Ctx } from '../context';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { AppError, ErrorCode, type FieldIssue } from '../common/errors';
import { limitsRule } from './limits';
import { FastQuery } from './fast-query';

const KNOWN_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

const MAX_TOKENS = 5_000;
const validationRules = [limitsRule()];

/** Runs queries without Apollo's pipeline: validated with Apollo's rules, errors logged and formatted as Apollo does. */
export function createFastQuery(schema: GraphQLSchema, config: Config, log: Logger): FastQuery {
  const development = config.env === 'development';
  return new FastQuery({
    schema,
    validationRules,
    maxTokens: MAX_TOKENS,
    onErrors: (errors, ctx) => logUnexpected(log, errors, ctx.requestId),
    formatError: (formatted, error) => formatError(formatted, error, development),
  });
}

export function createApollo(schema: GraphQLSchema, config: Config, log: Logger): ApolloServer<Ctx> {
  const development = config.env === 'development';
  return new ApolloServer<Ctx>({
    schema,
    introspection: config.introspection,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // Signals are handled by our own drain (see http.ts), the same way in every NODE_ENV.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: !development,
    nodeEnv: config.env,
    parseOptions: { maxTokens: MAX_TOKENS },
    validationRules,
    // Each of these costs time per request and serves nothing here.
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      errorLogging(log),
    ],
    formatError: (formatted, error) => formatError(formatted, error, development),
  });
}

/** Unexpected errors are logged once, with the request id, before formatError masks them. */
function errorLogging(log: Logger): ApolloServerPlugin<Ctx> {
  const listener: GraphQLRequestListener<Ctx> = {
    async didEncounterErrors({ errors, contextValue }) {
      logUnexpected(log, errors, contextValue.requestId);
    },
  };
  return { requestDidStart: async () => listener };
}

export function logUnexpected(log: Logger, errors: readonly GraphQLError[], requestId: string): void {
  for (const error of errors) {
    const original = error.originalError ?? error;
    const expected =
      original instanceof AppError ||
      original instanceof ArgumentValidationError ||
      original instanceof UniqueConstraintViolationException ||
      (original instanceof GraphQLError && typeof original.extensions.code === 'string' && original.extensions.code !== ErrorCode.INTERNAL_SERVER_ERROR);
    if (!expected) log.error({ err: original, requestId, path: error.path }, 'unexpected error');
  }
}

/**
 * Every error leaves with a stable `extensions.code`. Validation failures become
 * BAD_USER_INPUT with per-field issues; anything unexpected is logged and masked, so no
 * stack, SQL or path ever reaches a client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, development: boolean): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof ArgumentValidationError) {
    const issues = flattenValidation(original.extensions.validationErrors as unknown as ValidationError[]);
    const first = issues[0];
    return {
      message: issues.length === 1 && first ? `${first.field}: ${first.message}` : `${issues.length} fields are invalid.`,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.BAD_USER_INPUT, issues },
    };
  }
  if (original instanceof UniqueConstraintViolationException) {
    return { message: 'This conflicts with an existing record (a value that must be unique is already taken).', path: formatted.path, extensions: { code: ErrorCode.CONFLICT } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && code !== ErrorCode.INTERNAL_SERVER_ERROR && KNOWN_CODES.has(code) && (original instanceof GraphQLError || !(original instanceof Error))) {
    const { stacktrace: _s, exception: _e, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return { ...formatted, extensions };
  }
  return {
    message: development && original instanceof Error ? `Internal server error: ${original.message}` : 'Internal server error. It has been logged; try again or contact support.',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

function flattenValidation(errors: ValidationError[], prefix = ''): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const e of errors ?? []) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    for (const [rule, message] of Object.entries(e.constraints ?? {})) {
      // class-validator prefixes messages with the property name only for its defaults.
      const issue: FieldIssue = { field, message: message.startsWith(`${e.property} `) ? message.slice(e.property.length + 1) : message, code: rule };
      const limits = numericConstraints(e, rule);
      if (limits.length) issue.limits = limits;
      out.push(issue);
    }
    if (e.children?.length) out.push(...flattenValidation(e.children, field));
  }
  return out;
}

/** The numbers a rule was declared with (lengths, bounds), so clients can word the message themselves. */
function numericConstraints(e: ValidationError, rule: string): number[] {
  const target = e.target?.constructor;
  if (!target) return [];
  const meta = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((m) => m.propertyName === e.property && m.name === rule);
  return (meta?.constraints ?? []).filter((c): c is number => typeof c === 'number');
}
