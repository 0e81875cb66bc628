import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';

/** The codes the API puts in `extensions.code`. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

export interface FieldIssue {
  field: string;
  message: string;
  code?: string;
}

export function hasErrorCode(errors: readonly GraphQLFormattedError[] | undefined, code: ErrorCode): boolean {
  return !!errors?.some((e) => e.extensions?.code === code);
}

function graphQLErrors(error: unknown): readonly GraphQLFormattedError[] {
  return CombinedGraphQLErrors.is(error) ? error.errors : [];
}

export function errorCode(error: unknown): string | undefined {
  const code = graphQLErrors(error)[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The server's own words; it phrases them for people, so they are shown as they come. */
export function errorMessage(error: unknown): string {
  const first = graphQLErrors(error)[0];
  if (first) return first.message;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Per-field problems from BAD_USER_INPUT, keyed by form field name. The server may name a
 * nested path (`input.email`); forms only know the last segment. An item of a list field
 * (`input.duties.2`) belongs to the list, with its position kept in the message.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of graphQLErrors(error)) {
    if (e.extensions?.code !== 'BAD_USER_INPUT') continue;
    const issues = e.extensions.issues;
    if (!Array.isArray(issues)) continue;
    for (const issue of issues as FieldIssue[]) {
      const segments = issue.field.split('.');
      const index = segments.length > 1 && /^\d+$/.test(segments.at(-1)!) ? Number(segments.pop()) : null;
      const field = segments.pop() ?? issue.field;
      const message = index === null ? issue.message : `#${index + 1}: ${issue.message}`;
      out[field] = out[field] ? `${out[field]}; ${message}` : message;
    }
  }
  return out;
}
