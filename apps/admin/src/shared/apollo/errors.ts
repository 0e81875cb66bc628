import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';
import { issueField, localiseError, localiseIssue, rootFieldOf } from '../i18n/serverErrors';
import type { Locale } from '../i18n/core';

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
  /** The bounds a length or range rule was declared with, e.g. [1, 120]. */
  limits?: number[];
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

/** `extensions.reason` of the first error: which CONFLICT it is (STALE_VERSION, INSUFFICIENT_POINTS, …). */
export function errorReason(error: unknown): string | undefined {
  const reason = graphQLErrors(error)[0]?.extensions?.reason;
  return typeof reason === 'string' ? reason : undefined;
}

/**
 * What went wrong, in the reader's language. The server words its errors in English only;
 * known codes are translated, anything else (a code added later, a network failure) keeps
 * the server's or the browser's own words rather than saying nothing useful.
 */
export function errorMessage(error: unknown, locale: Locale): string {
  const first = graphQLErrors(error)[0];
  if (first) return localiseError(first, locale);
  return error instanceof Error ? error.message : String(error);
}

/**
 * Per-field problems from BAD_USER_INPUT, keyed by form field name and translated. The
 * server may name a nested path (`input.email`); forms only know the last segment. An item
 * of a list field (`input.duties.2`) belongs to the list, with its position kept in the message.
 */
export function fieldErrors(error: unknown, locale: Locale): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of graphQLErrors(error)) {
    if (e.extensions?.code !== 'BAD_USER_INPUT') continue;
    const issues = e.extensions.issues;
    if (!Array.isArray(issues)) continue;
    for (const issue of issues as FieldIssue[]) {
      const index = /\.(\d+)$/.exec(issue.field)?.[1];
      const field = issueField(issue.field);
      const text = localiseIssue(issue, locale, rootFieldOf(e));
      const message = index === undefined ? text : `#${Number(index) + 1}: ${text}`;
      out[field] = out[field] ? `${out[field]}; ${message}` : message;
    }
  }
  return out;
}

/**
 * Issues of BAD_USER_INPUT with their whole path (`input.tiers.2.code` → ['tiers', 2, 'code']),
 * translated: for forms with lists, whose fields antd names by such paths.
 */
export function pathIssues(error: unknown, locale: Locale): { path: (string | number)[]; message: string }[] {
  const out: { path: (string | number)[]; message: string }[] = [];
  for (const e of graphQLErrors(error)) {
    if (e.extensions?.code !== 'BAD_USER_INPUT' || !Array.isArray(e.extensions.issues)) continue;
    for (const issue of e.extensions.issues as FieldIssue[]) {
      const path = issue.field.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
      if (path[0] === 'input') path.shift();
      out.push({ path, message: localiseIssue(issue, locale, rootFieldOf(e)) });
    }
  }
  return out;
}
