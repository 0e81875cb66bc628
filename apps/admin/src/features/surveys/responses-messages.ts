/** Strings of the satisfaction console's responses pages, as [Traditional, Simplified, English]. */
export const responseMessages = {
  'surveyResp.title': ['', '', ''],
} as const satisfies Record<string, readonly [string, string, string]>;
