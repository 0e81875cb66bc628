import type { CSSProperties } from 'react';

// Clipped rather than display:none, so screen readers still read what the eye is spared:
// a chart's data table, a "required" mark, a label the layout already implies.
export const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
};
