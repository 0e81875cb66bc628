// WCAG 2 relative luminance and contrast, for text on a colour chosen at run time (a tier's badge).

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** Null for anything but #rgb or #rrggbb. */
export function luminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return null;
  const h = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
  return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
}

export function contrast(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/**
 * Black or white, whichever reads better on `background`. One of the two always reaches
 * 4.5:1 (WCAG AA for small text), whatever colour marketing picks for a tier.
 */
export function textOn(background: string): '#000000' | '#ffffff' {
  const l = luminance(background);
  if (l == null) return '#000000';
  return contrast(l, 0) >= contrast(l, 1) ? '#000000' : '#ffffff';
}
