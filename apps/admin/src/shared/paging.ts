/** The deepest offset the API accepts; beyond it lists page with cursors (R-PERF: deep offsets walk every skipped row). */
export const MAX_OFFSET = 10_000;

/**
 * The total to give a pager that jumps by offset: no more pages than the API will serve.
 * `capped` says the list holds more than can be paged to, so the page can say so.
 */
export function pagerTotal(totalCount: number, pageSize: number): { total: number; capped: boolean } {
  const reachable = Math.floor(MAX_OFFSET / pageSize) * pageSize + pageSize;
  return totalCount > reachable ? { total: reachable, capped: true } : { total: totalCount, capped: false };
}

/** A pro-table's page (1-based) as the API's `first` and `offset`. */
export function pageArgs(params: { current?: number; pageSize?: number }, fallbackSize = 20): { first: number; offset: number } {
  const first = params.pageSize ?? fallbackSize;
  return { first, offset: ((params.current ?? 1) - 1) * first };
}
