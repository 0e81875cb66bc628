/** Strings of the satisfaction console's settings pages, as [Traditional, Simplified, English]. */
export const settingsMessages = {
  'surveySet.title': ['', '', ''],
} as const satisfies Record<string, readonly [string, string, string]>;
