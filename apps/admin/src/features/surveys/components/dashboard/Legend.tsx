import type { ReactNode } from 'react';

export interface LegendEntry {
  key: string;
  label: string;
  /** A swatch of this colour, or something else to show before the label (a dashed line, a glyph). */
  mark: string | ReactNode;
}

/** The key to a chart's colours, as words beside each swatch: colour is never the only cue. */
export function Legend({ entries, testId }: { entries: readonly LegendEntry[]; testId?: string }) {
  return (
    <ul style={{ display: 'flex', flexWrap: 'wrap', gap: '4px 16px', listStyle: 'none', padding: 0, margin: '8px 0 0' }} data-testid={testId}>
      {entries.map((e) => (
        <li key={e.key} style={{ display: 'flex', alignItems: 'center', gap: 6, fontSize: 12 }}>
          {typeof e.mark === 'string' ? <span aria-hidden style={{ width: 12, height: 12, background: e.mark, display: 'inline-block', borderRadius: 2 }} /> : e.mark}
          {e.label}
        </li>
      ))}
    </ul>
  );
}
