import { describe, expect, it } from 'vitest';
import { contrast, luminance, textOn } from './colors';

describe('badge text colour', () => {
  it.each([
    ['#ffffff', '#000000'],
    ['#c0c0c0', '#000000'],
    ['#d4af37', '#000000'],
    ['#000000', '#ffffff'],
    ['#0050b3', '#ffffff'],
    ['#1677ff', '#000000'],
    ['#8c8c8c', '#000000'],
  ])('puts readable text on %s', (bg, text) => expect(textOn(bg)).toBe(text));

  it('always reaches 4.5:1 on any grey', () => {
    for (let v = 0; v < 256; v += 5) {
      const hex = `#${v.toString(16).padStart(2, '0').repeat(3)}`;
      const bg = luminance(hex)!;
      const fg = luminance(textOn(hex))!;
      expect(contrast(bg, fg)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('reads short hex and falls back to black for nonsense', () => {
    expect(luminance('#fff')).toBeCloseTo(1);
    expect(luminance('red')).toBeNull();
    expect(textOn('red')).toBe('#000000');
  });
});
