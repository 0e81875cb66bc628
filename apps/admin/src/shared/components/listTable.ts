/** How the console's server-paged lists look: a bordered card, reload only, filters open. */
export const LIST_TABLE = {
  rowKey: 'id',
  cardBordered: true,
  options: { reload: true, density: false, setting: false },
  search: { labelWidth: 'auto', defaultCollapsed: false },
} as const;
