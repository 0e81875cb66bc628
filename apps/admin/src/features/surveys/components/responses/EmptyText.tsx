// antd's placeholder grey is about 1.6:1 on white; an empty list's message must still be read (WCAG 1.4.3).
const STYLE = { color: 'rgba(0, 0, 0, 0.65)' } as const;

/** A table's "nothing here" line in a readable grey. */
export function EmptyText({ children }: { children: string }) {
  return <span style={STYLE}>{children}</span>;
}
