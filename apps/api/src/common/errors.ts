import { GraphQLError } from 'graphql';

/** The stable `extensions.code` values clients may rely on. */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  // A customer's survey link (R-SAT-1): the public page tells the three apart in its own words.
  SURVEY_LINK_INVALID: 'SURVEY_LINK_INVALID',
  SURVEY_LINK_USED: 'SURVEY_LINK_USED',
  SURVEY_LINK_EXPIRED: 'SURVEY_LINK_EXPIRED',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** One problem with one input field; `field` is the dotted path inside the input. */
export interface FieldIssue {
  field: string;
  message: string;
  code: string;
  /** The bounds a failed length or range rule was declared with, e.g. [1, 120]. */
  limits?: number[];
}

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extensions } });
  }
  get code(): ErrorCode {
    return this.extensions.code as ErrorCode;
  }
}

export const unauthenticated = (message = 'You must sign in to do this.') =>
  new AppError(ErrorCode.UNAUTHENTICATED, message);

/** `permissions` names the rights that would have allowed it, so clients can say which. */
export const forbidden = (message = 'You do not have the right to do this.', permissions: string[] = [], reason: 'MISSING_PERMISSION' | 'OUT_OF_SCOPE' = 'MISSING_PERMISSION') =>
  new AppError(ErrorCode.FORBIDDEN, message, { reason, permissions });

export const notFound = (what: string, id?: string) =>
  new AppError(ErrorCode.NOT_FOUND, id ? `${what} ${id} does not exist or is not visible to you.` : `${what} not found.`);

export const conflict = (message: string, extra: Record<string, unknown> = {}) =>
  new AppError(ErrorCode.CONFLICT, message, extra);

export const rateLimited = (message: string, retryAfterSeconds: number) =>
  new AppError(ErrorCode.RATE_LIMITED, message, { retryAfterSeconds });

export function badInput(issues: FieldIssue[], message?: string): AppError {
  const first = issues[0];
  return new AppError(
    ErrorCode.BAD_USER_INPUT,
    message ?? (issues.length === 1 && first ? `${first.field}: ${first.message}` : `${issues.length} fields are invalid.`),
    { issues },
  );
}

export const badField = (field: string, message: string, code = 'invalid') => badInput([{ field, message, code }]);

const KEEP = Symbol('stationhub.keepChanges');

/**
 * Marks an error whose mutation must still commit what it did before failing (a failed
 * sign-in counts towards the lock-out; a reused refresh token revokes its session).
 */
export function keepingChanges<E extends Error>(error: E): E {
  (error as E & { [KEEP]?: true })[KEEP] = true;
  return error;
}

export function keepsChanges(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { [KEEP]?: true })[KEEP] === true;
}
