/** Strings of the satisfaction console's dashboard pages, as [Traditional, Simplified, English]. */
export const dashboardMessages = {
  'satDash.title': ['', '', ''],
} as const satisfies Record<string, readonly [string, string, string]>;
