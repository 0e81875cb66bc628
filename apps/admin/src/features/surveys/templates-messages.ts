/** Strings of the satisfaction console's templates pages, as [Traditional, Simplified, English]. */
export const templateMessages = {
  'surveyTpl.title': ['', '', ''],
} as const satisfies Record<string, readonly [string, string, string]>;
