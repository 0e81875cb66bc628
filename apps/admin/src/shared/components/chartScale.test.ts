import { describe, expect, it } from 'vitest';
import { niceDomain, niceStep, project } from './chartScale';

describe('chart scaling', () => {
  it.each([
    [100, 5, 20],
    [7, 5, 2],
    [1234, 5, 250],
    [0.9, 4, 0.25],
  ])('splits %s into about %s round steps of %s', (span, count, step) => expect(niceStep(span, count)).toBe(step));

  it('starts at zero and ends on a round tick above the largest value', () => {
    expect(niceDomain([120, 480, 37])).toEqual({ min: 0, max: 500, ticks: [0, 100, 200, 300, 400, 500] });
  });

  it('reaches below zero for negative values, keeping zero a tick', () => {
    const d = niceDomain([-130, 420]);
    expect(d.min).toBe(-200);
    expect(d.max).toBe(600);
    expect(d.ticks).toContain(0);
  });

  it('gives empty or all-zero data a unit axis', () => {
    expect(niceDomain([])).toEqual({ min: 0, max: 1, ticks: [0, 1] });
    expect(niceDomain([0, 0])).toEqual({ min: 0, max: 1, ticks: [0, 1] });
  });

  it('keeps fractional ticks free of float noise', () => {
    expect(niceDomain([0.3, 0.72]).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
  });

  it('maps the ends of the axis to the bottom and the top', () => {
    const d = niceDomain([0, 100]);
    expect(project(0, d, 200)).toBe(200);
    expect(project(100, d, 200)).toBe(0);
    expect(project(50, d, 200)).toBe(100);
  });
});
