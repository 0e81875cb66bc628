/** A value axis: its ends and the tick values between them, including zero. */
export interface Domain {
  min: number;
  max: number;
  ticks: number[];
}

/** The step of 1, 2, 2.5 or 5 × 10ⁿ that splits `span` into about `count` parts. */
export function niceStep(span: number, count: number): number {
  if (!(span > 0) || count < 1) return 1;
  const raw = span / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * magnitude >= raw) ?? 10;
  return step * magnitude;
}

/**
 * An axis that holds every value and zero, with round ends, so bars start at zero and a
 * reader can read their heights off the ticks. All-zero or empty data get a 0–1 axis.
 */
export function niceDomain(values: readonly number[], count = 5): Domain {
  const finite = values.filter(Number.isFinite);
  const lo = Math.min(0, ...finite);
  const hi = Math.max(0, ...finite);
  if (lo === hi) return { min: 0, max: 1, ticks: [0, 1] };
  const step = niceStep(hi - lo, count);
  const min = Math.floor(lo / step) * step;
  const max = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  // Rounded so that 0.1 + 0.2 style drift does not print as 0.30000000000000004.
  for (let v = min; v <= max + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
  return { min, max, ticks };
}

/** The y coordinate of `value` on an axis drawn `height` high, top at 0. */
export function project(value: number, domain: Domain, height: number): number {
  const span = domain.max - domain.min || 1;
  return height - ((value - domain.min) / span) * height;
}
